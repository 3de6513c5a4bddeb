<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../secondopinion/ui/chart.py" line="55"/>
        <source>Severity over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/chart.py" line="89"/>
        <source>No symptom entries yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/chart.py" line="93"/>
        <source>{name}: %n entries, latest {sev} of 10 on {day}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/chart.py" line="98"/>
        <source>%n treatment changes marked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/chart.py" line="168"/>
        <source>No symptom entries yet. Add one in the log and it will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="65"/>
        <source>The opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="66"/>
        <source>Answers to my questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="67"/>
        <source>How each visit felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="68"/>
        <source>Doctor and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="69"/>
        <source>Kind of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="70"/>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="71"/>
        <source>Agrees with the original diagnosis?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="72"/>
        <source>Recommended treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="73"/>
        <source>Tests suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="74"/>
        <source>Their reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="75"/>
        <source>What they would do in my place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="76"/>
        <source>Overall trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="83"/>
        <source>Felt: {feeling}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="93"/>
        <location filename="../../secondopinion/ui/compare_model.py" line="268"/>
        <source>(doctor not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="104"/>
        <source>— (this is the original diagnosis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="107"/>
        <source>— not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="108"/>
        <source>(asked; no answer written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="113"/>
        <source>{value} of {top}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="179"/>
        <source>Visit {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="203"/>
        <source>≠ No other visit says this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="208"/>
        <source>differs: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="284"/>
        <source>compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="284"/>
        <source>not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="313"/>
        <source>Compare up to three visits at a time: untick one to choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="235"/>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="53"/>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="237"/>
        <location filename="../../secondopinion/ui/search_dialog.py" line="66"/>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="238"/>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="239"/>
        <source>How taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="240"/>
        <location filename="../../secondopinion/ui/health_summary.py" line="291"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="242"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="244"/>
        <source>still taking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="247"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="250"/>
        <source>Add a medication by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="251"/>
        <source>&amp;Add medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="253"/>
        <source>No medications yet. Type a name below and press Enter; then double-click a cell (or press F2) to add the dose, how it is taken and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="256"/>
        <source>Add medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="257"/>
        <source>Delete medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="263"/>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="54"/>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="265"/>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="266"/>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="268"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="277"/>
        <source>Add an allergy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="278"/>
        <source>Add a&amp;llergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="279"/>
        <source>No allergies noted. Add one below, or leave it empty if you have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="280"/>
        <source>Add allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="281"/>
        <source>Delete allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="288"/>
        <source>Other conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="290"/>
        <location filename="../../secondopinion/ui/search_dialog.py" line="68"/>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="292"/>
        <location filename="../../secondopinion/ui/health_summary.py" line="310"/>
        <location filename="../../secondopinion/ui/record_requests.py" line="140"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="295"/>
        <source>Add a condition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="296"/>
        <source>Add condi&amp;tion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="297"/>
        <source>No other conditions. Add long-term ones (asthma, diabetes…) below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="298"/>
        <source>Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="299"/>
        <source>Delete condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="305"/>
        <source>Procedures and surgeries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="307"/>
        <location filename="../../secondopinion/ui/search_dialog.py" line="69"/>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="308"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="309"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="313"/>
        <source>Add a procedure or surgery…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="314"/>
        <source>Add &amp;procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="315"/>
        <source>No past procedures or surgeries. Add them below, with when and where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="316"/>
        <source>Add procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="317"/>
        <source>Delete procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/lock_screen.py" line="45"/>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="160"/>
        <location filename="../../secondopinion/ui/unlock.py" line="51"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/lock_screen.py" line="71"/>
        <source>&lt;h2&gt;Journal locked&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/lock_screen.py" line="72"/>
        <source>Type the passphrase to show the journal again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/lock_screen.py" line="73"/>
        <location filename="../../secondopinion/ui/unlock.py" line="70"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/lock_screen.py" line="75"/>
        <source>&lt;h2&gt;Journal hidden&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/lock_screen.py" line="78"/>
        <source>This journal has no passphrase, so anyone at this computer can show it again: click here or press Enter. File &gt; Passphrase… adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/lock_screen.py" line="82"/>
        <source>&amp;Show journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/lock_screen.py" line="90"/>
        <source>That passphrase is not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/lock_screen.py" line="95"/>
        <source>Type the passphrase to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="45"/>
        <source>Type a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="47"/>
        <source>A passphrase cannot start or end with a space: it is too easy to mistype.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="49"/>
        <source>Use at least %n characters: a few words are easy to remember.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="50"/>
        <source>A passphrase cannot contain that character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="57"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="59"/>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="73"/>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="107"/>
        <source>Protect the new journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="107"/>
        <source>Add a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="112"/>
        <source>A passphrase encrypts “{name}” on this computer, with its attachments and backups. Recommended, especially if others use this computer or see its backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="119"/>
        <location filename="../../secondopinion/ui/unlock.py" line="50"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="119"/>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="178"/>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="124"/>
        <source>&amp;Protect with passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="130"/>
        <source>Continue &amp;without passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="163"/>
        <source>“{name}” is encrypted with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="167"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="170"/>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="172"/>
        <source>&amp;Change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="174"/>
        <source>Re&amp;move it and store the journal unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="178"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="184"/>
        <source>Without a passphrase, anyone who can open your files can read this journal and its backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="206"/>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="206"/>
        <source>Re&amp;move passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="210"/>
        <source>That is not the current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="101"/>
        <source>This journal has no passphrase: anyone who can open your files can read it. A passphrase is recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="108"/>
        <source>Add a passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="111"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="125"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="126"/>
        <source>Res&amp;tore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="128"/>
        <source>&amp;Passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="129"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="130"/>
        <source>Auto-lock &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="163"/>
        <source>Second Opinion (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="240"/>
        <source>The automatic backup failed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="242"/>
        <source>the automatic backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="282"/>
        <source>Passphrase not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="283"/>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="184"/>
        <source>{problem}

The journal was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="290"/>
        <source>The journal and its backups are now protected by the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="292"/>
        <source>The passphrase was removed: the journal and its backups are unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="296"/>
        <source>{n} older copies did not open with the old passphrase and were left as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="313"/>
        <source>Auto-lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="317"/>
        <source>Lock the journal when the keyboard and mouse have not been used for a while. Ctrl+L locks it at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="326"/>
        <source>Minutes before locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="328"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="329"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="331"/>
        <source>Lock &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_detail.py" line="23"/>
        <source>⚠ Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_detail.py" line="25"/>
        <source>✓ Answered (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_detail.py" line="27"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_detail.py" line="28"/>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_detail.py" line="35"/>
        <source>Not answered at the visit on %1%2 — bring it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/question_detail.py" line="40"/>
        <source>%n visits answered it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_detail.py" line="42"/>
        <source>Put aside; select it and press Restore to use it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_detail.py" line="43"/>
        <source>No visit has recorded it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="125"/>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="105"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="127"/>
        <location filename="../../secondopinion/ui/record_requests.py" line="172"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="128"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="130"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="133"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="135"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="137"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="146"/>
        <source>Record requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="153"/>
        <source>No record requests for this concern yet. Choose Standard set to list the six records nearly every second opinion needs, or add one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="163"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="166"/>
        <source>Kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="173"/>
        <source>From whom: hospital, doctor, lab…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="176"/>
        <source>&amp;Add request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="179"/>
        <source>Delete request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="182"/>
        <source>Delete the selected requests and their files (Delete); Ctrl+Z undoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="61"/>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="166"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="68"/>
        <source>The backup replaces what the journal holds now. The journal as it is now is kept beside it, so nothing is thrown away. Backups are in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="73"/>
        <source>&amp;Backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="76"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="85"/>
        <source>(no backups yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="91"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="95"/>
        <source>&amp;Other file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="114"/>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="116"/>
        <source>Second Opinion journals (*.sojournal *.db *.bak);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="147"/>
        <source>Cannot use this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="148"/>
        <source>{problem}

The journal was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="168"/>
        <source>Replace what the journal holds now with the backup “{name}”?

The journal as it is now is kept beside it as “{journal}.before-restore-…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="183"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="189"/>
        <source>Restored “{name}”. The previous journal was kept as “{aside}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="208"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="209"/>
        <source>{problem}

The journal itself is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="213"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="217"/>
        <source>Backed up to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="220"/>
        <source>the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="239"/>
        <source>The journal is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="241"/>
        <source>Nothing was written to it; the file is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="247"/>
        <source>{problem}

{kept}

There is no good backup of it in {folder}. Keep the file: a copy made elsewhere, or a data recovery service, may still save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="256"/>
        <source>{problem}

{kept}

The newest good backup is from {when}. Restore it? The damaged file stays beside it as “{name}.damaged-…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="270"/>
        <source>Restored the backup from {when}. The damaged file was kept as “{aside}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="65"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="67"/>
        <source>Allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="70"/>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="71"/>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="72"/>
        <source>Symptom entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="73"/>
        <source>Treatment change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="74"/>
        <source>Record request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="75"/>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="76"/>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="77"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="78"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="79"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="80"/>
        <source>Visit feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="81"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="88"/>
        <source>Health summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="332"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="335"/>
        <source>Search everything written in this journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/timeline.py" line="49"/>
        <source>Original diagnosis: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/timeline.py" line="55"/>
        <source>Treatment: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/timeline.py" line="57"/>
        <source>unknown source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/timeline.py" line="59"/>
        <source>{record} requested from {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/timeline.py" line="61"/>
        <source>{record} received from {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/timeline.py" line="62"/>
        <source>{record} due from {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/timeline.py" line="63"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/unlock.py" line="41"/>
        <source>Unlock journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/unlock.py" line="44"/>
        <source>“{name}” is protected by a passphrase. Type it to open the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/unlock.py" line="59"/>
        <source>&amp;Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/unlock.py" line="78"/>
        <source>That passphrase did not open the journal. Check Caps Lock and the keyboard layout, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/unlock.py" line="86"/>
        <source>Type the passphrase, or choose Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/other_exports.py" line="47"/>
        <source>Exported to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/other_exports.py" line="49"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="45"/>
        <source>▲ High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="46"/>
        <source>▼ Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="47"/>
        <source>◆ Abnormal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="48"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="73"/>
        <location filename="../../secondopinion/ui/results_page.py" line="354"/>
        <source>Edit result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="73"/>
        <location filename="../../secondopinion/ui/results_page.py" line="327"/>
        <source>Add result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="86"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="101"/>
        <source>&amp;Test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="102"/>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="103"/>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="104"/>
        <source>Range &amp;low:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="105"/>
        <source>Range &amp;high:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="106"/>
        <source>&amp;Flag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="107"/>
        <source>Ta&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="108"/>
        <source>&amp;Reported by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="169"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="171"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="176"/>
        <location filename="../../secondopinion/ui/results_page.py" line="207"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="177"/>
        <location filename="../../secondopinion/ui/results_page.py" line="210"/>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="178"/>
        <location filename="../../secondopinion/ui/results_page.py" line="208"/>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="180"/>
        <location filename="../../secondopinion/ui/results_page.py" line="200"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="184"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="189"/>
        <source>Tests and their latest results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="202"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="214"/>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="221"/>
        <source>The results of the chosen test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="229"/>
        <source>&amp;Add result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="231"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="232"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="233"/>
        <source>Type a result by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="235"/>
        <source>Change the chosen result (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="238"/>
        <source>Delete the chosen results (Delete); Ctrl+Z brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="247"/>
        <source>No results yet. Import a records file (File &gt; Import records…) or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="364"/>
        <source>Delete result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="55"/>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="56"/>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="57"/>
        <location filename="../../secondopinion/ui/search_dialog.py" line="90"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="65"/>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="92"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="96"/>
        <source>%1 (%2). Nothing is written until you press Import; Ctrl+Z takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="105"/>
        <source>To add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="105"/>
        <source>Already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="105"/>
        <source>For example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="123"/>
        <source>What the import adds, per kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="134"/>
        <source>Nothing new: everything in this file is already in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="138"/>
        <source>Not imported (the journal does not keep these): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="142"/>
        <source>Left out because parts are missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="145"/>
        <source>The file itself is attached to a new record request marked received (%1%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="150"/>
        <source>This file is already attached to a record request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="152"/>
        <source>The file is not attached: the journal has no open concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="154"/>
        <source>The person&apos;s empty name or date of birth is filled in from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="165"/>
        <source>Use the file&apos;s name and date of birth (%1) instead of the journal&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="172"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="196"/>
        <source>Not a records file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="200"/>
        <source>Cannot read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="217"/>
        <source>Import records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="219"/>
        <source>Records files (*.json *.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_chart.py" line="39"/>
        <source>Values over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_chart.py" line="57"/>
        <source>%1: %2 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_chart.py" line="79"/>
        <source>No numeric values to chart yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_chart.py" line="113"/>
        <source>reference range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/other_exports.py" line="57"/>
        <source>Export planned visits to a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/other_exports.py" line="59"/>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/other_exports.py" line="68"/>
        <source>Export the patient summary (FHIR IPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/other_exports.py" line="70"/>
        <source>FHIR JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="188"/>
        <source>About Second Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="195"/>
        <source>Second Opinion icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="210"/>
        <source>Open the &amp;data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="213"/>
        <source>Show the folder with your default journal and settings in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="236"/>
        <source>Second Opinion is free software: you can share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="248"/>
        <source>The journal open now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="249"/>
        <source>Your default journal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="251"/>
        <source>The data folder (settings and the default journal):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswersSoFar</name>
    <message>
        <location filename="../../secondopinion/ui/question_answers.py" line="21"/>
        <location filename="../../secondopinion/ui/question_answers.py" line="38"/>
        <source>What each doctor answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_answers.py" line="27"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_answers.py" line="28"/>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_answers.py" line="30"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_answers.py" line="32"/>
        <source>⚠ not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_answers.py" line="47"/>
        <source>No visit has recorded this question yet. When you add a visit, the questions ticked “Bring” come with it, ready for the answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_answers.py" line="54"/>
        <source>Enter or double-click opens the visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="61"/>
        <location filename="../../secondopinion/ui/attachments.py" line="99"/>
        <location filename="../../secondopinion/ui/attachments.py" line="179"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="74"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="76"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="83"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="89"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="122"/>
        <source>Add fi&amp;les…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="124"/>
        <source>Add files to this request; you can also drop them here (up to %1 MB each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="127"/>
        <source>O&amp;pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="128"/>
        <source>Save cop&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="129"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="130"/>
        <source>Remove the selected files (Delete); Ctrl+Z undoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="131"/>
        <source>Open in the app your computer uses for this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="153"/>
        <source>Its content is a %1, whatever its name says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="179"/>
        <source>Files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="183"/>
        <source>No files yet. Drop files here, or choose Add files… (PDF, images, text; up to %1 MB each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="187"/>
        <source>Choose a record request above to see its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="217"/>
        <source>Add files to this record request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="219"/>
        <source>Records (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.dcm *.txt *.rtf *.docx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="229"/>
        <source>“%1” was not added: it no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="230"/>
        <source>“%1” is a folder; add the files inside it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="231"/>
        <source>“%1” is not an ordinary file and cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="232"/>
        <source>“%1” could not be read (%2). Check that you may open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="233"/>
        <source>“%1” is empty (0 bytes); there is nothing in it to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="235"/>
        <source>“%1” is %2; a file can hold at most %3 MB in the journal. Keep it where it is and write down where in this request&apos;s notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="247"/>
        <source>“%1” does not look like a %2 inside; it was kept, but check it opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="249"/>
        <source>“%1” is really a %2, not a %3 as its name says; it was kept as a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="263"/>
        <location filename="../../secondopinion/ui/attachments.py" line="280"/>
        <source>Add file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/attachments.py" line="263"/>
        <source>Add %n files</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="274"/>
        <source>“%1” is already attached here (as “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/attachments.py" line="293"/>
        <source>Added %n files.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="294"/>
        <source>Added the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="338"/>
        <source>“%1” no longer matches the checksum taken when it was added; it may be damaged. Save a copy to look at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="355"/>
        <source>No app on this computer opens “%1”. Save a copy and open it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="368"/>
        <source>Save a copy of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="377"/>
        <source>The copy could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="384"/>
        <source>Saved a copy as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="391"/>
        <source>Remove file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/attachments.py" line="391"/>
        <source>Remove %n files</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="398"/>
        <source>Removed the file; Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/attachments.py" line="399"/>
        <source>Removed %n files; Edit &gt; Undo brings them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="406"/>
        <source>The journal is closed; this was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoSaveForm</name>
    <message>
        <location filename="../../secondopinion/ui/forms.py" line="45"/>
        <source>Not saved yet (it stays here and is tried again): {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="88"/>
        <location filename="../../secondopinion/ui/compare_tab.py" line="94"/>
        <source>Visits to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="89"/>
        <source>Tic&amp;k two or three (Space ticks the current line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="106"/>
        <source>&amp;Latest with each doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="108"/>
        <source>Choose the latest visit with each doctor seen, up to three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="114"/>
        <source>T&amp;imeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="118"/>
        <source>Timeline of this concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="119"/>
        <source>Enter or double-click opens the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="138"/>
        <source>O&amp;nly what differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="140"/>
        <source>Hide the rows where the visits agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="142"/>
        <source>≠ and a tint mark what only one of the visits says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="145"/>
        <source>E&amp;xport comparison PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="158"/>
        <source>Visits side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="188"/>
        <source>Tick a second visit on the left to see the opinions side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="265"/>
        <source>Tick two or three visits on the left to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="268"/>
        <source>No visits for this concern yet. Record them on the Visits &amp; feelings tab; two or three of them can then be compared here side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="322"/>
        <source>New doctor for a third opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="323"/>
        <source>For a third opinion on “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="329"/>
        <source>Add a doctor for a third opinion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcernBar</name>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="61"/>
        <source>Concern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="64"/>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="72"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="72"/>
        <source>Start a new concern (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="74"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="74"/>
        <source>Rename this concern (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="76"/>
        <location filename="../../secondopinion/ui/concern_bar.py" line="189"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="94"/>
        <source>&lt;h2&gt;What would you like a second opinion on?&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="108"/>
        <source>Name the diagnosis or recommendation you want to look at again, for example “Recommended hysterectomy” or “Chronic back pain”. You can add more concerns later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="117"/>
        <location filename="../../secondopinion/ui/concern_bar.py" line="118"/>
        <source>Concern title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="121"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="158"/>
        <source>{title} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="189"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="192"/>
        <source>Bring this concern back into the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="194"/>
        <source>Put this concern aside; Concern &gt; Show archived concerns shows it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="197"/>
        <source>&amp;Restore concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="199"/>
        <source>&amp;Archive concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="206"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="234"/>
        <source>New concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="246"/>
        <source>Rename concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="259"/>
        <source>Archived “{title}”. Concern &gt; Show archived concerns brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="263"/>
        <source>Restored “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisagreementBanner</name>
    <message>
        <location filename="../../secondopinion/ui/compare_banner.py" line="36"/>
        <source>Find a doctor for a &amp;third opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_banner.py" line="39"/>
        <source>Adds a doctor to consider for this concern and opens it on the Doctors tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_banner.py" line="41"/>
        <source>E&amp;xport comparison PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_banner.py" line="69"/>
        <source>The diagnoses are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_banner.py" line="71"/>
        <source>One doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_banner.py" line="76"/>
        <source>Not in full agreement with the original diagnosis: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_banner.py" line="83"/>
        <source>These opinions differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_banner.py" line="85"/>
        <source>That is common, and a third opinion can help you weigh them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoctorDetail</name>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="48"/>
        <source>Select a doctor in the list to see and edit the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="57"/>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="59"/>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="60"/>
        <source>S&amp;pecialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="60"/>
        <source>e.g. Gynaecology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="61"/>
        <source>&amp;Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="61"/>
        <source>Hospital, clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="63"/>
        <source>Healthcare s&amp;ystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="65"/>
        <source>The group or network it belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="67"/>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="77"/>
        <source>Why this doctor (choice criteria)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="79"/>
        <source>In another healthcare system than the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="80"/>
        <source>Specialises in this condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="81"/>
        <source>Experienced with complex or rare cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="82"/>
        <source>At a teaching or research hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="88"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="90"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="91"/>
        <source>Emai&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="92"/>
        <source>&amp;Website, portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="93"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="96"/>
        <source>Cost and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="100"/>
        <source>In-network, cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="103"/>
        <source>Covered by my insurance? What will it cost?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="106"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="109"/>
        <source>Consulted about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="113"/>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="124"/>
        <source>Concerns this doctor is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="182"/>
        <source>Fit: %1 of 4 criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="187"/>
        <source>⚠ Same healthcare system as the original diagnosis (%1): a second opinion from inside it may simply repeat the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="191"/>
        <source>“Another healthcare system” is ticked but not counted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoctorsTab</name>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="67"/>
        <source>Doctors to consider and doctors seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="71"/>
        <source>Doctors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="75"/>
        <source>Filter by name, specialty, place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="76"/>
        <source>Filter doctors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="79"/>
        <source>Fil&amp;ter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="81"/>
        <source>Show doctors for &amp;all concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="105"/>
        <source>&amp;New doctor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="107"/>
        <source>New doctor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="108"/>
        <source>Name, e.g. Dr. Ana Lindqvist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="110"/>
        <source>Add the doctor to this concern (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="114"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="116"/>
        <source>Delete the selected doctor (Delete); Ctrl+Z brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="130"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="137"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="139"/>
        <source>%1 of 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="143"/>
        <source>Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="145"/>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="150"/>
        <source>Healthcare system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="158"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="174"/>
        <source>%1 — same as original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="179"/>
        <source>another healthcare system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="180"/>
        <source>specialises in this condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="181"/>
        <source>complex or rare cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="182"/>
        <source>teaching or research hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="187"/>
        <source>Meets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="187"/>
        <source>None met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="220"/>
        <source>No doctors yet. Type the name of a doctor you are considering below and press Enter; then fill in the details and tick the criteria on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="225"/>
        <source>No doctors for this concern yet. Add one below, or tick “Show doctors for all concerns” to choose one you already know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="229"/>
        <source>No doctor matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/doctors_tab.py" line="236"/>
        <source>%n doctors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/doctors_tab.py" line="238"/>
        <source>%1 of %n doctors shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/doctors_tab.py" line="241"/>
        <source>⚠ %n in the original diagnosis&apos;s healthcare system</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="291"/>
        <source>Add doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="310"/>
        <source>Delete doctor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="316"/>
        <source>Deleted %1. Edit &gt; Undo (Ctrl+Z) brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPacketDialog</name>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="85"/>
        <source>Export appointment packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="103"/>
        <source>&amp;Concern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="105"/>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="107"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="108"/>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="110"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="113"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="123"/>
        <source>Put my name in the PDF&apos;s document properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="141"/>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="142"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="160"/>
        <source>Press Preview to see the pages before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="178"/>
        <source>No particular doctor or visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="186"/>
        <source>Visit {date}: {doctor} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="188"/>
        <source>doctor unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="233"/>
        <source>It did not work: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="260"/>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/export_dialog.py" line="275"/>
        <source>This packet has %n pages. A picture of the pages needs poppler&apos;s pdftoppm, which is not installed; exporting works without it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/export_dialog.py" line="297"/>
        <source>Preview ready: %n pages.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="286"/>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="291"/>
        <source>Showing pages 1–{shown} of {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="301"/>
        <source>Some characters cannot be drawn with the fonts on this computer: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="312"/>
        <source>Save appointment packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="313"/>
        <source>Appointment packet - {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="314"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="341"/>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="346"/>
        <source>Writing the packet…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeelingsPanel</name>
    <message>
        <location filename="../../secondopinion/ui/feelings.py" line="134"/>
        <source>How did the visit feel? Rate each from 0 (not at all) to 4 (very much); your emotional reaction is data too. Delete clears a rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/feelings.py" line="147"/>
        <source>Good signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/feelings.py" line="147"/>
        <source>More is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/feelings.py" line="159"/>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/feelings.py" line="160"/>
        <source>Less is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/feelings.py" line="169"/>
        <source>Overall tr&amp;ust in this doctor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/feelings.py" line="170"/>
        <source>Overall trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/feelings.py" line="176"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/feelings.py" line="179"/>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/feelings.py" line="187"/>
        <source>Reflection after the v&amp;isit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/feelings.py" line="190"/>
        <source>Reflection after the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/feelings.py" line="192"/>
        <source>What stayed with you? What would you ask differently next time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/feelings.py" line="241"/>
        <source>not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/feelings.py" line="241"/>
        <source>very</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthSummary</name>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="197"/>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="200"/>
        <source>Filter the health summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="201"/>
        <source>Text in any list…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="77"/>
        <location filename="../../secondopinion/ui/help.py" line="80"/>
        <source>How to use Second Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="96"/>
        <source>What this is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="99"/>
        <source>Second Opinion keeps what you gather while you get another doctor&apos;s view of a diagnosis or a proposed treatment, and turns it into a clear PDF to bring to the next appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="104"/>
        <source>Each health question you are looking into is a concern. Pick it at the top of the window; every tab then shows that concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="110"/>
        <source>The tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="113"/>
        <source>&lt;b&gt;Signs&lt;/b&gt;: tick the reasons you want another opinion and add a note to each. Log symptoms with a date and a severity from 0 to 10; the chart shows how they change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="118"/>
        <source>&lt;b&gt;Records&lt;/b&gt;: your medications, allergies, other conditions and past procedures, written down once. Keep track of each record you ask for: where from, when you asked, when it is due (the provider&apos;s legal deadline: 30 days in the US, one month in the UK and EU, unless you change it) and whether it has arrived. Write a request letter to sign and send, and a follow-up letter if the deadline passes. Attach the files you receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="127"/>
        <source>&lt;b&gt;Doctors&lt;/b&gt;: the doctors you are considering, what speaks for each, and how far you have got with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="131"/>
        <source>&lt;b&gt;Questions&lt;/b&gt;: five standard questions to start with. Add your own, put them in order and choose which to bring to the next visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="135"/>
        <source>&lt;b&gt;Visits &amp;amp; feelings&lt;/b&gt;: after a visit, write down what the doctor said, whether they agree with the first diagnosis, what they suggest, and how the visit felt. How you felt counts too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="140"/>
        <source>&lt;b&gt;Compare&lt;/b&gt;: two or three visits side by side. Where the doctors differ is marked, and the app tells you when a third opinion may help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="146"/>
        <source>Before an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="149"/>
        <source>&lt;b&gt;File › Export › Appointment packet&lt;/b&gt; makes the PDF. Choose the sections and the paper size; each question comes with room to write the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="156"/>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="159"/>
        <source>Everything you type is saved at once; there is no Save button. The whole journal is one file on this computer. You can protect it with a passphrase, and make a backup copy from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="163"/>
        <source>Second Opinion never connects to the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="167"/>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="170"/>
        <source>Every command can be reached from the keyboard; shortcuts are shown next to the commands in the menus. Ctrl+1 to Ctrl+7 switch tabs, Ctrl+K goes to the concern picker and F1 opens this page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="40"/>
        <source>&amp;How to use Second Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="46"/>
        <source>&amp;About Second Opinion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListSection</name>
    <message>
        <location filename="../../secondopinion/ui/summary_list.py" line="80"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/summary_list.py" line="82"/>
        <source>Delete the selected rows (Delete); Ctrl+Z undoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/summary_list.py" line="100"/>
        <source>The journal is closed; this was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../secondopinion/ui/main_window.py" line="42"/>
        <source>Second Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_window.py" line="109"/>
        <source>Not saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_window.py" line="116"/>
        <source>All changes saved · {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_window.py" line="120"/>
        <source>Not done: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_window.py" line="132"/>
        <source>Some of what you typed is not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_window.py" line="134"/>
        <source>Save again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_window.py" line="106"/>
        <location filename="../../secondopinion/ui/main_window.py" line="112"/>
        <location filename="../../secondopinion/ui/main_window.py" line="131"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/journal_files.py" line="91"/>
        <source>{name} is damaged: its first page cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/journal_files.py" line="102"/>
        <source>Journal already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/journal_files.py" line="111"/>
        <source>Cannot open journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/journal_files.py" line="136"/>
        <source>{name} — Second Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/journal_files.py" line="148"/>
        <location filename="../../secondopinion/ui/journal_files.py" line="162"/>
        <source>New journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/journal_files.py" line="150"/>
        <source>Second Opinion journals (*.sojournal);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/journal_files.py" line="163"/>
        <source>{name} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/journal_files.py" line="177"/>
        <source>Open journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/journal_files.py" line="179"/>
        <source>Second Opinion journals (*.sojournal *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/journal_files.py" line="203"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/json_transfer.py" line="47"/>
        <source>Export journal as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/json_transfer.py" line="49"/>
        <location filename="../../secondopinion/ui/json_transfer.py" line="82"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/json_transfer.py" line="58"/>
        <source>Exporting to {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/json_transfer.py" line="63"/>
        <source>Exported to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/json_transfer.py" line="67"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/json_transfer.py" line="69"/>
        <source>the JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/json_transfer.py" line="80"/>
        <location filename="../../secondopinion/ui/json_transfer.py" line="98"/>
        <source>Import JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/json_transfer.py" line="91"/>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/json_transfer.py" line="113"/>
        <source>Imported {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/json_transfer.py" line="120"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/json_transfer.py" line="127"/>
        <source>the JSON import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="70"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="73"/>
        <source>&amp;New journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="80"/>
        <source>&amp;Open journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="86"/>
        <source>Recent &amp;journals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="90"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="93"/>
        <source>Appointment &amp;packet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="100"/>
        <source>&amp;Calendar of planned visits (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="107"/>
        <source>Patient &amp;summary (FHIR IPS)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="114"/>
        <source>&amp;Journal as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="121"/>
        <source>&amp;Import JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="128"/>
        <source>Import &amp;records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="136"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="143"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="145"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="149"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="156"/>
        <source>&amp;Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="159"/>
        <source>&amp;New concern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="166"/>
        <source>&amp;Rename concern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="173"/>
        <source>&amp;Archive concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="180"/>
        <source>&amp;Show archived concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="188"/>
        <source>&amp;Choose concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="194"/>
        <source>Vie&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="200"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDoctorDialog</name>
    <message>
        <location filename="../../secondopinion/ui/visit_form.py" line="59"/>
        <source>New doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_form.py" line="61"/>
        <source>The rest can be filled in on the Doctors tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_form.py" line="68"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_form.py" line="69"/>
        <source>&amp;Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_form.py" line="70"/>
        <source>&amp;Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_form.py" line="71"/>
        <source>Healthcare s&amp;ystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_form.py" line="108"/>
        <source>A doctor needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextStepsTab</name>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="85"/>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="93"/>
        <source>Most urgent first. Each item opens the place where you deal with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="99"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="114"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="116"/>
        <source>Go to the place where this is done (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="118"/>
        <source>Prepare the &amp;packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="121"/>
        <source>Export the appointment packet for this visit, with the questions to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="144"/>
        <source>the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="148"/>
        <source>Your next visit: {who}, {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="150"/>
        <source>Your next visit: {who}, {when}, at {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="155"/>
        <source>Prepare the packet; %n question(s) to bring.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="159"/>
        <source>…and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="161"/>
        <source>Prepare the packet, and tick the questions to bring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="166"/>
        <source>Write down what {who} said on {when}, and how the visit felt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="169"/>
        <source>Write down what {who} said on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="170"/>
        <source>Note how the visit with {who} on {when} felt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="174"/>
        <source>the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="175"/>
        <source>{kind} from {source} was due on {when}: follow it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="180"/>
        <source>Ask {source} for the {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="183"/>
        <source>Ask for the {kind}, and note who has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="186"/>
        <source>%n question(s) still open: bring them to your next visit.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="190"/>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="191"/>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="192"/>
        <source>abnormal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="194"/>
        <source>{test} was {flag} ({value}) on {when}: ask about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="197"/>
        <source>{test} was {flag} ({value}): ask about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="201"/>
        <source>The opinions so far disagree. A third opinion may help: compare them side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="207"/>
        <source>Next, choose a doctor for another opinion on the Doctors tab (Ctrl+4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="210"/>
        <source>Next, plan your visit on the Visits &amp; feelings tab (New visit), with its date, time and place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="214"/>
        <source>Next, look at the opinions side by side on the Compare tab (Ctrl+7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="217"/>
        <source>Keep noting how your symptoms go on the Signs tab (Ctrl+2): it is what the next doctor will ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="254"/>
        <source>Nothing is waiting for you on this concern.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPasswordDialog</name>
    <message>
        <location filename="../../secondopinion/ui/pdf_password.py" line="46"/>
        <source>Protect the PDF with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/pdf_password.py" line="50"/>
        <source>Whoever receives the PDF needs this password to open it. Tell it to the doctor another way: by phone, in person or by text message, never in the same email as the PDF. The password is not kept anywhere: if you forget it, export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/pdf_password.py" line="62"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/pdf_password.py" line="66"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/pdf_password.py" line="69"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/pdf_password.py" line="71"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/pdf_password.py" line="78"/>
        <source>At least {n} characters; a short sentence is easy to say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/pdf_password.py" line="87"/>
        <source>&amp;Protect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="48"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="49"/>
        <source>The person this journal is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="55"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="61"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="61"/>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="69"/>
        <source>Contact &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="72"/>
        <source>Address, phone and email for request letters, and the law they cite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="133"/>
        <source>(1 year old)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/health_summary.py" line="133"/>
        <source>(%n years old)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionDetail</name>
    <message>
        <location filename="../../secondopinion/ui/question_detail.py" line="52"/>
        <source>Select a question to reword it and see what each doctor answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_detail.py" line="58"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_detail.py" line="60"/>
        <source>Wordin&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_detail.py" line="61"/>
        <source>&amp;Bring to the next visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsTab</name>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="77"/>
        <source>Questions for my doctors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="81"/>
        <source>Tick the questions to bring to your next visit. Drag a question, or use Ctrl+Up and Ctrl+Down, to change the order; double-click one to reword it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="91"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="96"/>
        <source>Filter questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="96"/>
        <source>Filter questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="98"/>
        <source>Fil&amp;ter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="100"/>
        <source>Show ret&amp;ired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="129"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="129"/>
        <source>Ctrl+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="130"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="130"/>
        <source>Ctrl+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="137"/>
        <location filename="../../secondopinion/ui/questions_tab.py" line="269"/>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="140"/>
        <source>Put the selected questions aside; “Show retired” brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="143"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="145"/>
        <source>Delete the selected questions (Delete); Ctrl+Z undoes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="153"/>
        <source>&amp;New question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="155"/>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="156"/>
        <source>Something else I want to ask…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="158"/>
        <source>Add the question to the end of the list (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="177"/>
        <source>Order: drag, or Ctrl+Up/Ctrl+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="180"/>
        <source>Bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="184"/>
        <source>Bring this question to the next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="187"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="197"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="245"/>
        <source>No questions yet. Type one below and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="248"/>
        <source>Every question is retired. Tick “Show retired” to bring one back, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="251"/>
        <source>No question matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/questions_tab.py" line="259"/>
        <source>%n questions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/questions_tab.py" line="260"/>
        <source>%n to bring next time</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/questions_tab.py" line="263"/>
        <source>⚠ %n still open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/questions_tab.py" line="265"/>
        <source>%n retired</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="269"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="317"/>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="344"/>
        <source>Delete questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/questions_tab.py" line="346"/>
        <source>Visits recorded %n answers to these questions; deleting the questions deletes those answers too. Retiring keeps them. Delete anyway?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/questions_tab.py" line="354"/>
        <source>Delete %n questions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="367"/>
        <source>Retire questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="367"/>
        <source>Restore questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="403"/>
        <source>Reorder questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../../secondopinion/ui/records_tab.py" line="37"/>
        <source>Record req&amp;uests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_tab.py" line="38"/>
        <source>Health su&amp;mmary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_tab.py" line="40"/>
        <source>Re&amp;sults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_tab.py" line="41"/>
        <source>The records you are gathering for this concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_tab.py" line="42"/>
        <source>Medications, allergies, conditions and procedures: kept once for the whole journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_tab.py" line="44"/>
        <source>Test results over time, with their reference ranges</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="31"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="63"/>
        <source>Provider&apos;s a&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="66"/>
        <source>Records department, street, town: where the letter goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="68"/>
        <source>Provider&apos;s e&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="69"/>
        <source>Provider&apos;s fa&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="71"/>
        <source>Your record n&amp;umber there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="73"/>
        <source>Patient or medical record number, if you know it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="75"/>
        <source>Records fr&amp;om</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="76"/>
        <source>Records &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="78"/>
        <source>Deli&amp;very</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="83"/>
        <source>Send to &amp;doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="87"/>
        <source>A doctor from the Doctors tab; the letter asks to send the records there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="94"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="97"/>
        <source>Who you spoke to, reference numbers, what they promised…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="103"/>
        <source>Set the status to Requested when you ask: the due date becomes the provider&apos;s legal deadline (30 days in the US, one month under the GDPR). Double-click a cell or press F2 to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="146"/>
        <source>(none chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="164"/>
        <source>No request chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="165"/>
        <source>Choose a request in the list to see its notes and files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="169"/>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="172"/>
        <source>asked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="174"/>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="176"/>
        <source>letter sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="179"/>
        <source>extended (notice of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="185"/>
        <source>follow-up sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="189"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="86"/>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="89"/>
        <source>Show which requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="90"/>
        <source>All requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="91"/>
        <source>Still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="92"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="97"/>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="100"/>
        <source>Filter record requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="101"/>
        <source>Kind, source, notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="107"/>
        <source>S&amp;tandard set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="110"/>
        <source>Add the six records nearly every second opinion needs (skips those listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="227"/>
        <source>%1 · overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="235"/>
        <source>extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="237"/>
        <source>follow-up sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="246"/>
        <source>Overdue by a day: time to call and ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/record_requests.py" line="247"/>
        <source>Overdue by %n days: time to call and ask again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="311"/>
        <source>No records on the list yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="315"/>
        <source>The one record on the list is in hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/record_requests.py" line="316"/>
        <source>All %n records are in hand.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/record_requests.py" line="320"/>
        <source>%1 of %n records still missing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/record_requests.py" line="324"/>
        <source>, %n overdue (past the due date).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="364"/>
        <source>The journal is closed; this was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="384"/>
        <source>Add record request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="401"/>
        <source>All six standard records are already on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="403"/>
        <source>Add standard set</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/record_requests.py" line="412"/>
        <source>Added %n requests: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="413"/>
        <source>Added a request: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="422"/>
        <source>Delete record request</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/record_requests.py" line="422"/>
        <source>Delete %n record requests</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="431"/>
        <source>Deleted the request; Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/record_requests.py" line="432"/>
        <source>Deleted %n requests; Edit &gt; Undo brings them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="150"/>
        <source>Find in journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="164"/>
        <source>&amp;Search for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="167"/>
        <source>Search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="168"/>
        <source>Words from anything you wrote, e.g. fibroids MRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="183"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="184"/>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="185"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="186"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="194"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="219"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="253"/>
        <source>Open a journal to search it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="258"/>
        <source>Type a word or the start of one; every word you type must match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/search_dialog.py" line="276"/>
        <source>Only the first %n words are searched.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="278"/>
        <source>Nothing in this journal matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="282"/>
        <source>The best {shown} of {total} matching entries; add a word to narrow it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/search_dialog.py" line="286"/>
        <source>%n matching entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignsTab</name>
    <message>
        <location filename="../../secondopinion/ui/signs_tab.py" line="75"/>
        <source>The diagnosis in question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/signs_tab.py" line="77"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/signs_tab.py" line="77"/>
        <source>A short name for this concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/signs_tab.py" line="78"/>
        <source>Original &amp;diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/signs_tab.py" line="79"/>
        <source>Diagnosed &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/signs_tab.py" line="79"/>
        <source>Doctor, clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/signs_tab.py" line="80"/>
        <source>Diagnosed o&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/signs_tab.py" line="81"/>
        <source>&amp;Proposed treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/signs_tab.py" line="83"/>
        <source>What I want &amp;clarified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/signs_tab.py" line="86"/>
        <source>The question you want the next doctor to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/signs_tab.py" line="88"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/sign_list_panel.py" line="48"/>
        <source>Why I want another opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/sign_list_panel.py" line="51"/>
        <source>Tick what applies and say why in the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/sign_list_panel.py" line="57"/>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/sign_list_panel.py" line="65"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/sign_list_panel.py" line="76"/>
        <source>Signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/sign_list_panel.py" line="98"/>
        <source>Another reason of my own…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/sign_list_panel.py" line="100"/>
        <source>New sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/sign_list_panel.py" line="102"/>
        <source>&amp;Add sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/sign_list_panel.py" line="105"/>
        <location filename="../../secondopinion/ui/sign_list_panel.py" line="188"/>
        <source>Remove sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/sign_list_panel.py" line="108"/>
        <source>Remove the selected sign of your own (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/sign_list_panel.py" line="148"/>
        <source>Standard signs cannot be reworded; add your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/sign_list_panel.py" line="159"/>
        <source>Add sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/sign_list_panel.py" line="180"/>
        <source>Standard signs stay in the list; untick them if they do not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="54"/>
        <source>Severity over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="56"/>
        <source>Show s&amp;ymptom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="60"/>
        <source>Show symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="73"/>
        <source>Dashed lines (T1, T2…) mark treatment changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="80"/>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="158"/>
        <source>Symptom log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="84"/>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="129"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="91"/>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="93"/>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="135"/>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="103"/>
        <source>Severity from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="106"/>
        <source>0 = none, 10 = worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="110"/>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="111"/>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="147"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="115"/>
        <source>Add &amp;entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="140"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="172"/>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="175"/>
        <source>Delete the selected entries (Delete); Ctrl+Z brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="198"/>
        <source>All symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="230"/>
        <source>%n entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="232"/>
        <source>%1 of %n entries shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="258"/>
        <source>Add symptom entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/treatment_changes_panel.py" line="41"/>
        <location filename="../../secondopinion/ui/treatment_changes_panel.py" line="91"/>
        <source>Treatment changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/treatment_changes_panel.py" line="46"/>
        <source>Date of the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/treatment_changes_panel.py" line="53"/>
        <source>What changed, e.g. started iron 200 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/treatment_changes_panel.py" line="55"/>
        <location filename="../../secondopinion/ui/treatment_changes_panel.py" line="80"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/treatment_changes_panel.py" line="58"/>
        <source>Add c&amp;hange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/treatment_changes_panel.py" line="61"/>
        <source>Delete change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/treatment_changes_panel.py" line="74"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/treatment_changes_panel.py" line="122"/>
        <source>Add treatment change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/treatment_changes_panel.py" line="136"/>
        <source>Delete treatment change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupFrame</name>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="36"/>
        <source>Second Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="41"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="42"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="43"/>
        <source>&amp;Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="44"/>
        <source>Vie&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="45"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="52"/>
        <source>Concern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="57"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="57"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="57"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="67"/>
        <source>&amp;Signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="68"/>
        <source>&amp;Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="69"/>
        <source>&amp;Doctors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="70"/>
        <source>&amp;Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="71"/>
        <source>&amp;Visits &amp;&amp; feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="72"/>
        <source>C&amp;ompare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="63"/>
        <source>Enter or double-click opens it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitAnswers</name>
    <message>
        <location filename="../../secondopinion/ui/visit_answers.py" line="55"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_answers.py" line="61"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_answers.py" line="63"/>
        <source>⚠ Not answered: still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_answers.py" line="72"/>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_answers.py" line="86"/>
        <source>Ans&amp;wer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_answers.py" line="91"/>
        <source>Add a q&amp;uestion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_answers.py" line="94"/>
        <source>Question to add to this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_answers.py" line="100"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_answers.py" line="102"/>
        <source>Add the chosen question to this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_answers.py" line="104"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_answers.py" line="106"/>
        <source>Take the selected question off this visit (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_answers.py" line="147"/>
        <source>No questions recorded for this visit. Choose one below and press Add; questions ticked “Bring” on the Questions tab come with every new visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_answers.py" line="152"/>
        <source>What the doctor said to each question you brought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_answers.py" line="165"/>
        <source>(every active question is here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_answers.py" line="200"/>
        <source>Add question to visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/visit_answers.py" line="219"/>
        <source>Remove %n questions from the visit</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../secondopinion/ui/visit_form.py" line="46"/>
        <source>A visit needs its date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="70"/>
        <source>Visits about this concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="73"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="78"/>
        <source>Filter by doctor, diagnosis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="79"/>
        <source>Filter visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="82"/>
        <source>Fil&amp;ter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="84"/>
        <source>&amp;New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="86"/>
        <source>Add a visit; the questions ticked “Bring” come with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="88"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="90"/>
        <source>Delete the selected visit (Delete); Ctrl+Z brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="189"/>
        <location filename="../../secondopinion/ui/visits_tab.py" line="273"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="153"/>
        <location filename="../../secondopinion/ui/visits_tab.py" line="191"/>
        <location filename="../../secondopinion/ui/visits_tab.py" line="257"/>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="101"/>
        <source>Visits that happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="121"/>
        <location filename="../../secondopinion/ui/visits_tab.py" line="126"/>
        <source>Planned visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="151"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="155"/>
        <location filename="../../secondopinion/ui/visits_tab.py" line="193"/>
        <source>(no doctor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="157"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="159"/>
        <location filename="../../secondopinion/ui/visits_tab.py" line="196"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="164"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="166"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="166"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="201"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="205"/>
        <source>Diagnosis given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="207"/>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="210"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="213"/>
        <source>Questions answered of those brought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="216"/>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="238"/>
        <source>The o&amp;pinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="240"/>
        <source>&amp;Answers to my questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="248"/>
        <source>How it fe&amp;lt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="262"/>
        <source>New doctor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="264"/>
        <source>Add a doctor who is not in the list yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="275"/>
        <source>Ti&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="278"/>
        <source>The time of the appointment (HH:MM), for a planned visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="281"/>
        <source>Pla&amp;ce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="283"/>
        <source>Where the appointment is: the clinic, the address, the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="285"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="287"/>
        <source>A&amp;greement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="290"/>
        <source>Not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="291"/>
        <source>Does this doctor agree with the original diagnosis?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="293"/>
        <source>D&amp;iagnosis given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="294"/>
        <source>Reco&amp;mmended treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="296"/>
        <source>Tests s&amp;uggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="297"/>
        <source>Their rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="298"/>
        <source>What they would do in m&amp;y place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="299"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="300"/>
        <source>This visit was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="407"/>
        <source>(no doctor yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="419"/>
        <source>No visits yet. Press New visit (Alt+N) after an appointment, or before one to have your questions ready, then write down the opinion, the answers and how it felt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="424"/>
        <source>No visit matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="448"/>
        <source>This visit was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="451"/>
        <source>Planned. Before you go, print the packet (File &gt; Export &gt; Appointment packet) and tick the questions to bring on the Questions tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="456"/>
        <source>This visit has happened. Write down what the doctor said, the answers to your questions and how the visit felt, while you remember them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="518"/>
        <source>Add visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="534"/>
        <source>Delete visit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="538"/>
        <source>Deleted the visit of %1. Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="553"/>
        <source>Add doctor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="12"/>
        <source>%n bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="14"/>
        <source>{0:.1f} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="15"/>
        <source>{0:.1f} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="20"/>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="21"/>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="22"/>
        <source>JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="23"/>
        <source>GIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="24"/>
        <source>TIFF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="25"/>
        <source>BMP image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="26"/>
        <source>WebP image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="27"/>
        <source>HEIC photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="28"/>
        <source>DICOM image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="29"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="30"/>
        <source>Text (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="31"/>
        <source>Table (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="32"/>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="33"/>
        <source>JSON data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="34"/>
        <source>XML data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="35"/>
        <source>RTF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="36"/>
        <source>ZIP archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="37"/>
        <source>Office document (old format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="40"/>
        <source>Word document (old format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="43"/>
        <source>Excel spreadsheet (old format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="46"/>
        <source>PowerPoint slides (old format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="49"/>
        <source>MP4 video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="50"/>
        <source>QuickTime video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="51"/>
        <source>Unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="54"/>
        <source>Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="56"/>
        <source>Excel spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="58"/>
        <source>PowerPoint slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="60"/>
        <source>OpenDocument file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="17"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="18"/>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="21"/>
        <source>Lab report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="22"/>
        <source>Diagnostic images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="23"/>
        <source>Doctor&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="24"/>
        <source>Medication history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="25"/>
        <source>Treatment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="26"/>
        <source>Surgical/operative report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="27"/>
        <source>Pathology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="28"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="31"/>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="32"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="33"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="34"/>
        <source>Sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="37"/>
        <source>Electronic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="38"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="39"/>
        <source>CD/images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="42"/>
        <source>To me by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="43"/>
        <source>To me through the patient portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="44"/>
        <source>To me by post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="45"/>
        <source>I pick them up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="46"/>
        <source>Straight to a doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="49"/>
        <source>United States (HIPAA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="50"/>
        <source>United Kingdom (UK GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="51"/>
        <source>European Union (GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="52"/>
        <source>Elsewhere (a plain request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="55"/>
        <source>Considering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="56"/>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="57"/>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="58"/>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="59"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="62"/>
        <source>Original diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="63"/>
        <source>Second opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="64"/>
        <source>Third opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="65"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="68"/>
        <source>Agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="69"/>
        <source>Partly agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="70"/>
        <source>Disagrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="71"/>
        <source>Unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="74"/>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="75"/>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="76"/>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="77"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="80"/>
        <source>Heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="81"/>
        <source>Respected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="82"/>
        <source>Validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="83"/>
        <source>Included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="84"/>
        <source>Encouraged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="85"/>
        <source>Brushed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="86"/>
        <source>Hurried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="87"/>
        <source>Minimized</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quick_add</name>
    <message>
        <location filename="../../secondopinion/ui/widgets.py" line="183"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../secondopinion/ui/app.py" line="81"/>
        <source>Opening {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/app.py" line="83"/>
        <source>Opening the demo journal…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
