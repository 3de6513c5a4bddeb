<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/chart.py" line="191"/>
        <source>{name}: %n entries, latest {sev} of 10 on {day}</source>
        <translation>
            <numerusform>{name}: %n entry, latest {sev} of 10 on {day}</numerusform>
            <numerusform>{name}: %n entries, latest {sev} of 10 on {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/chart.py" line="196"/>
        <source>%n treatment changes marked</source>
        <translation>
            <numerusform>%n treatment change marked</numerusform>
            <numerusform>%n treatment changes marked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="50"/>
        <source>Use at least %n characters: a few words are easy to remember.</source>
        <translation>
            <numerusform>Use at least %n character: a few words are easy to remember.</numerusform>
            <numerusform>Use at least %n characters: a few words are easy to remember.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/question_detail.py" line="40"/>
        <source>%n visits answered it</source>
        <translation>
            <numerusform>%n visit answered it</numerusform>
            <numerusform>%n visits answered it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/privacy.py" line="297"/>
        <source>%n older copies did not open with the old passphrase and were left as they were.</source>
        <translation>
            <numerusform>%n older copy did not open with the old passphrase and was left as it was.</numerusform>
            <numerusform>%n older copies did not open with the old passphrase and were left as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/results_chart.py" line="57"/>
        <source>%1: %n values</source>
        <translation>
            <numerusform>%1: %n value</numerusform>
            <numerusform>%1: %n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/file_labels.py" line="16"/>
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="295"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="297"/>
        <source>%1 of %n entries shown</source>
        <translation>
            <numerusform>%1 of %n entry shown</numerusform>
            <numerusform>%1 of %n entries shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="358"/>
        <source>Delete %n symptom entries</source>
        <translation>
            <numerusform>Delete %n symptom entry</numerusform>
            <numerusform>Delete %n symptom entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/attachments.py" line="264"/>
        <source>Add %n files</source>
        <translation>
            <numerusform>Add %n file</numerusform>
            <numerusform>Add %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/attachments.py" line="294"/>
        <source>Added %n files.</source>
        <translation>
            <numerusform>Added %n file.</numerusform>
            <numerusform>Added %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/attachments.py" line="392"/>
        <source>Remove %n files</source>
        <translation>
            <numerusform>Remove %n file</numerusform>
            <numerusform>Remove %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/attachments.py" line="400"/>
        <source>Removed %n files; Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>Removed %n file; Edit &gt; Undo brings it back.</numerusform>
            <numerusform>Removed %n files; Edit &gt; Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoctorsTab</name>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/doctors_tab.py" line="239"/>
        <source>%n doctors</source>
        <translation>
            <numerusform>%n doctor</numerusform>
            <numerusform>%n doctors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/doctors_tab.py" line="241"/>
        <source>%1 of %n doctors shown</source>
        <translation>
            <numerusform>%1 of %n doctor shown</numerusform>
            <numerusform>%1 of %n doctors shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/doctors_tab.py" line="244"/>
        <source>⚠ %n in the original diagnosis&apos;s healthcare system</source>
        <translation>
            <numerusform>⚠ %n in the original diagnosis&apos;s healthcare system</numerusform>
            <numerusform>⚠ %n in the original diagnosis&apos;s healthcare system</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPacketDialog</name>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/export_dialog.py" line="285"/>
        <source>This packet has %n pages. A picture of the pages needs poppler&apos;s pdftoppm, which is not installed; exporting works without it.</source>
        <translation>
            <numerusform>This packet has %n page. A picture of the page needs poppler&apos;s pdftoppm, which is not installed; exporting works without it.</numerusform>
            <numerusform>This packet has %n pages. A picture of the pages needs poppler&apos;s pdftoppm, which is not installed; exporting works without it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/export_dialog.py" line="307"/>
        <source>Preview ready: %n pages.</source>
        <translation>
            <numerusform>Preview ready: %n page.</numerusform>
            <numerusform>Preview ready: %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NextStepsTab</name>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="162"/>
        <source>Prepare the packet; %n question(s) to bring.</source>
        <translation>
            <numerusform>Prepare the packet; %n question to bring.</numerusform>
            <numerusform>Prepare the packet; %n questions to bring.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="166"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="193"/>
        <source>%n question(s) still open: bring them to your next visit.</source>
        <translation>
            <numerusform>%n question still open: bring it to your next visit.</numerusform>
            <numerusform>%n questions still open: bring them to your next visit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/health_summary.py" line="134"/>
        <source>(%n years old)</source>
        <translation>
            <numerusform>(%n year old)</numerusform>
            <numerusform>(%n years old)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionsTab</name>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/questions_tab.py" line="255"/>
        <source>%n questions</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/questions_tab.py" line="256"/>
        <source>%n to bring next time</source>
        <translation>
            <numerusform>%n to bring next time</numerusform>
            <numerusform>%n to bring next time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/questions_tab.py" line="259"/>
        <source>⚠ %n still open</source>
        <translation>
            <numerusform>⚠ %n still open</numerusform>
            <numerusform>⚠ %n still open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/questions_tab.py" line="261"/>
        <source>%n retired</source>
        <translation>
            <numerusform>%n retired</numerusform>
            <numerusform>%n retired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/questions_tab.py" line="334"/>
        <source>Visits recorded %n answers to these questions; deleting the questions deletes those answers too. Retiring keeps them. Delete anyway?</source>
        <translation>
            <numerusform>Visits recorded %n answer to these questions; deleting the questions deletes that answer too. Retiring keeps it. Delete anyway?</numerusform>
            <numerusform>Visits recorded %n answers to these questions; deleting the questions deletes those answers too. Retiring keeps them. Delete anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/questions_tab.py" line="342"/>
        <source>Delete %n questions</source>
        <translation>
            <numerusform>Delete %n question</numerusform>
            <numerusform>Delete %n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/record_requests.py" line="249"/>
        <source>Overdue by %n days: time to call and ask again.</source>
        <translation>
            <numerusform>Overdue by %n day: time to call and ask again.</numerusform>
            <numerusform>Overdue by %n days: time to call and ask again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/record_requests.py" line="318"/>
        <source>All %n records are in hand.</source>
        <translation>
            <numerusform>The %n record is in hand.</numerusform>
            <numerusform>All %n records are in hand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/record_requests.py" line="322"/>
        <source>%1 of %n records still missing</source>
        <translation>
            <numerusform>%1 of %n record still missing</numerusform>
            <numerusform>%1 of %n records still missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/record_requests.py" line="326"/>
        <source>, %n overdue (past the due date).</source>
        <translation>
            <numerusform>, %n overdue (past the due date).</numerusform>
            <numerusform>, %n overdue (past the due date).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/record_requests.py" line="409"/>
        <source>Added %n requests: %1.</source>
        <translation>
            <numerusform>Added %n request: %1.</numerusform>
            <numerusform>Added %n requests: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/record_requests.py" line="419"/>
        <source>Delete %n record requests</source>
        <translation>
            <numerusform>Delete %n record request</numerusform>
            <numerusform>Delete %n record requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/record_requests.py" line="429"/>
        <source>Deleted %n requests; Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>Deleted %n request; Edit &gt; Undo brings it back.</numerusform>
            <numerusform>Deleted %n requests; Edit &gt; Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/search_dialog.py" line="276"/>
        <source>Only the first %n words are searched.</source>
        <translation>
            <numerusform>Only the first %n word is searched.</numerusform>
            <numerusform>Only the first %n words are searched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/search_dialog.py" line="286"/>
        <source>%n matching entries</source>
        <translation>
            <numerusform>%n matching entry</numerusform>
            <numerusform>%n matching entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitAnswers</name>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/visit_answers.py" line="216"/>
        <source>Remove %n questions from the visit</source>
        <translation>
            <numerusform>Remove %n question from the visit</numerusform>
            <numerusform>Remove %n questions from the visit</numerusform>
        </translation>
    </message>
</context>
</TS>
