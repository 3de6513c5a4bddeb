<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../secondopinion/ui/chart.py" line="125"/>
        <source>Severity over time</source>
        <translation>Intensidad a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/chart.py" line="187"/>
        <source>No symptom entries yet.</source>
        <translation>Todavía no hay anotaciones de síntomas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/chart.py" line="191"/>
        <source>{name}: %n entries, latest {sev} of 10 on {day}</source>
        <translation>
            <numerusform>{name}: %n anotación, la última {sev} de 10 el {day}</numerusform>
            <numerusform>{name}: %n anotaciones, la última {sev} de 10 el {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/chart.py" line="196"/>
        <source>%n treatment changes marked</source>
        <translation>
            <numerusform>%n cambio de tratamiento marcado</numerusform>
            <numerusform>%n cambios de tratamiento marcados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/chart.py" line="309"/>
        <source>No symptom entries yet. Add one in the log and it will appear here.</source>
        <translation>Todavía no hay anotaciones de síntomas. Añada una en el registro y aparecerá aquí.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="66"/>
        <source>The opinions</source>
        <translation>Las opiniones</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="67"/>
        <source>Answers to my questions</source>
        <translation>Respuestas a mis preguntas</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="68"/>
        <source>How each visit felt</source>
        <translation>Cómo me sentí en cada consulta</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="69"/>
        <source>Doctor and date</source>
        <translation>Médico y fecha</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="70"/>
        <source>Kind of visit</source>
        <translation>Tipo de consulta</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="71"/>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="72"/>
        <source>Agrees with the original diagnosis?</source>
        <translation>¿Coincide con el diagnóstico original?</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="73"/>
        <source>Recommended treatment</source>
        <translation>Tratamiento recomendado</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="74"/>
        <source>Tests suggested</source>
        <translation>Pruebas sugeridas</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="75"/>
        <source>Their reasoning</source>
        <translation>Su razonamiento</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="76"/>
        <source>What they would do in my place</source>
        <translation>Qué harían en mi lugar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="77"/>
        <source>Overall trust</source>
        <translation>Confianza general</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="84"/>
        <source>Felt: {feeling}</source>
        <translation>Me sentí: {feeling}</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="94"/>
        <location filename="../../secondopinion/ui/compare_model.py" line="269"/>
        <source>(doctor not recorded)</source>
        <translation>(médico no anotado)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="105"/>
        <source>— (this is the original diagnosis)</source>
        <translation>— (este es el diagnóstico original)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="108"/>
        <source>— not asked</source>
        <translation>— no se preguntó</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="109"/>
        <source>(asked; no answer written)</source>
        <translation>(se preguntó; sin respuesta anotada)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="114"/>
        <source>{value} of {top}</source>
        <translation>{value} de {top}</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="180"/>
        <source>Visit {n}</source>
        <translation>Consulta {n}</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="204"/>
        <source>≠ No other visit says this.</source>
        <translation>≠ Ninguna otra consulta dice esto.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="209"/>
        <source>differs: {text}</source>
        <translation>difiere: {text}</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="286"/>
        <source>compared</source>
        <translation>comparada</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="286"/>
        <source>not compared</source>
        <translation>no comparada</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_model.py" line="315"/>
        <source>Compare up to three visits at a time: untick one to choose another.</source>
        <translation>Compare hasta tres consultas a la vez: desmarque una para elegir otra.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="236"/>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="54"/>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="238"/>
        <location filename="../../secondopinion/ui/search_dialog.py" line="66"/>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="239"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="240"/>
        <source>How taken</source>
        <translation>Cómo se toma</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="241"/>
        <location filename="../../secondopinion/ui/health_summary.py" line="292"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="243"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="245"/>
        <source>still taking</source>
        <translation>lo sigo tomando</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="248"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="251"/>
        <source>Add a medication by name…</source>
        <translation>Añada un medicamento por su nombre…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="252"/>
        <source>&amp;Add medication</source>
        <translation>&amp;Añadir medicamento</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="254"/>
        <source>No medications yet. Type a name below and press Enter; then double-click a cell (or press F2) to add the dose, how it is taken and why.</source>
        <translation>Todavía no hay medicamentos. Escriba un nombre abajo y pulse Intro; luego haga doble clic en una celda (o pulse F2) para añadir la dosis, cómo se toma y por qué.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="257"/>
        <source>Add medication</source>
        <translation>Añadir medicamento</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="258"/>
        <source>Delete medication</source>
        <translation>Eliminar medicamento</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="264"/>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="55"/>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="266"/>
        <source>Substance</source>
        <translation>Sustancia</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="267"/>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="269"/>
        <source>Severity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="278"/>
        <source>Add an allergy…</source>
        <translation>Añada una alergia…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="279"/>
        <source>Add a&amp;llergy</source>
        <translation>Añadir a&amp;lergia</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="280"/>
        <source>No allergies noted. Add one below, or leave it empty if you have none.</source>
        <translation>No hay alergias anotadas. Añada una abajo, o déjelo vacío si no tiene ninguna.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="281"/>
        <source>Add allergy</source>
        <translation>Añadir alergia</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="282"/>
        <source>Delete allergy</source>
        <translation>Eliminar alergia</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="289"/>
        <source>Other conditions</source>
        <translation>Otras afecciones</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="291"/>
        <location filename="../../secondopinion/ui/search_dialog.py" line="68"/>
        <source>Condition</source>
        <translation>Afección</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="68"/>
        <source>Cover and summary (who, the question, what has been said)</source>
        <translation>Portada y resumen (quién, la pregunta, lo que se ha dicho)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="69"/>
        <source>Why I am seeking another opinion</source>
        <translation>Por qué busco otra opinión</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="70"/>
        <source>Health summary (medications, allergies, conditions, procedures)</source>
        <translation>Resumen de salud (medicamentos, alergias, afecciones, procedimientos)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="71"/>
        <source>Recent results (abnormal first, with reference ranges)</source>
        <translation>Resultados recientes (primero los anormales, con rangos de referencia)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="72"/>
        <source>History of diagnoses and opinions</source>
        <translation>Historial de diagnósticos y opiniones</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="73"/>
        <source>Symptoms: severity chart and recent entries</source>
        <translation>Síntomas: gráfico de intensidad y anotaciones recientes</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="74"/>
        <source>Records enclosed (checklist)</source>
        <translation>Documentos adjuntos (lista de control)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="75"/>
        <source>Questions, with room to write the answers</source>
        <translation>Preguntas, con espacio para escribir las respuestas</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="76"/>
        <location filename="../../secondopinion/ui/health_summary.py" line="293"/>
        <location filename="../../secondopinion/ui/health_summary.py" line="311"/>
        <location filename="../../secondopinion/ui/record_requests.py" line="142"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="296"/>
        <source>Add a condition…</source>
        <translation>Añada una afección…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="297"/>
        <source>Add condi&amp;tion</source>
        <translation>Añadir afecci&amp;ón</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="298"/>
        <source>No other conditions. Add long-term ones (asthma, diabetes…) below.</source>
        <translation>No hay otras afecciones. Añada abajo las de larga duración (asma, diabetes…).</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="299"/>
        <source>Add condition</source>
        <translation>Añadir afección</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="300"/>
        <source>Delete condition</source>
        <translation>Eliminar afección</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="306"/>
        <source>Procedures and surgeries</source>
        <translation>Procedimientos y cirugías</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="308"/>
        <location filename="../../secondopinion/ui/search_dialog.py" line="69"/>
        <source>Procedure</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="309"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="310"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="314"/>
        <source>Add a procedure or surgery…</source>
        <translation>Añada un procedimiento o una cirugía…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="315"/>
        <source>Add &amp;procedure</source>
        <translation>Añadir &amp;procedimiento</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="316"/>
        <source>No past procedures or surgeries. Add them below, with when and where.</source>
        <translation>No hay procedimientos ni cirugías anteriores. Añádalos abajo, con cuándo y dónde.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="317"/>
        <source>Add procedure</source>
        <translation>Añadir procedimiento</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="318"/>
        <source>Delete procedure</source>
        <translation>Eliminar procedimiento</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/lock_screen.py" line="45"/>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="161"/>
        <location filename="../../secondopinion/ui/unlock.py" line="51"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/lock_screen.py" line="71"/>
        <source>&lt;h2&gt;Journal locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Diario bloqueado&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/lock_screen.py" line="72"/>
        <source>Type the passphrase to show the journal again.</source>
        <translation>Escriba la frase de contraseña para volver a mostrar el diario.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/lock_screen.py" line="73"/>
        <location filename="../../secondopinion/ui/unlock.py" line="68"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/lock_screen.py" line="75"/>
        <source>&lt;h2&gt;Journal hidden&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Diario oculto&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/lock_screen.py" line="78"/>
        <source>This journal has no passphrase, so anyone at this computer can show it again: click here or press Enter. File &gt; Passphrase… adds one.</source>
        <translation>Este diario no tiene frase de contraseña, así que cualquiera en este equipo puede volver a mostrarlo: haga clic aquí o pulse Intro. Archivo &gt; Frase de contraseña… añade una.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/lock_screen.py" line="82"/>
        <source>&amp;Show journal</source>
        <translation>&amp;Mostrar el diario</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/lock_screen.py" line="90"/>
        <source>That passphrase is not right. Try again.</source>
        <translation>Esa frase de contraseña no es correcta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/lock_screen.py" line="95"/>
        <source>Type the passphrase to unlock.</source>
        <translation>Escriba la frase de contraseña para desbloquear.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="46"/>
        <source>Type a passphrase.</source>
        <translation>Escriba una frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="48"/>
        <source>A passphrase cannot start or end with a space: it is too easy to mistype.</source>
        <translation>Una frase de contraseña no puede empezar ni terminar con un espacio: es demasiado fácil equivocarse al escribirla.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="50"/>
        <source>Use at least %n characters: a few words are easy to remember.</source>
        <translation>
            <numerusform>Use al menos %n carácter: unas cuantas palabras son fáciles de recordar.</numerusform>
            <numerusform>Use al menos %n caracteres: unas cuantas palabras son fáciles de recordar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="51"/>
        <source>A passphrase cannot contain that character.</source>
        <translation>Una frase de contraseña no puede contener ese carácter.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="58"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="60"/>
        <source>Repeat the new passphrase</source>
        <translation>Repita la nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="74"/>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="108"/>
        <source>Protect the new journal</source>
        <translation>Proteger el nuevo diario</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="108"/>
        <source>Add a passphrase</source>
        <translation>Añadir una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="113"/>
        <source>A passphrase encrypts “{name}” on this computer, with its attachments and backups. Recommended, especially if others use this computer or see its backups.</source>
        <translation>Una frase de contraseña cifra «{name}» en este equipo, con sus archivos adjuntos y copias de seguridad. Es recomendable, sobre todo si otras personas usan este equipo o ven sus copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="120"/>
        <location filename="../../secondopinion/ui/unlock.py" line="50"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="120"/>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="179"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="125"/>
        <source>&amp;Protect with passphrase</source>
        <translation>&amp;Proteger con frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="131"/>
        <source>Continue &amp;without passphrase</source>
        <translation>Continuar &amp;sin frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="164"/>
        <source>“{name}” is encrypted with a passphrase.</source>
        <translation>«{name}» está cifrado con una frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="168"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="171"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="173"/>
        <source>&amp;Change it</source>
        <translation>&amp;Cambiarla</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="175"/>
        <source>Re&amp;move it and store the journal unencrypted</source>
        <translation>&amp;Quitarla y guardar el diario sin cifrar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="179"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="185"/>
        <source>Without a passphrase, anyone who can open your files can read this journal and its backups.</source>
        <translation>Sin frase de contraseña, cualquiera que pueda abrir sus archivos puede leer este diario y sus copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="203"/>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="203"/>
        <source>Re&amp;move passphrase</source>
        <translation>&amp;Quitar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/passphrase_dialog.py" line="207"/>
        <source>That is not the current passphrase.</source>
        <translation>Esa no es la frase de contraseña actual.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="99"/>
        <source>This journal has no passphrase: anyone who can open your files can read it. A passphrase is recommended.</source>
        <translation>Este diario no tiene frase de contraseña: cualquiera que pueda abrir sus archivos puede leerlo. Se recomienda una frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="106"/>
        <source>Add a passphrase…</source>
        <translation>Añadir una frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="109"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="123"/>
        <source>&amp;Back up now</source>
        <translation>Hacer &amp;copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="124"/>
        <source>Res&amp;tore from backup…</source>
        <translation>&amp;Restaurar desde una copia…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="126"/>
        <source>&amp;Passphrase…</source>
        <translation>&amp;Frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="127"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="128"/>
        <source>Auto-lock &amp;settings…</source>
        <translation>&amp;Ajustes de bloqueo automático…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="161"/>
        <source>Second Opinion (locked)</source>
        <translation>Second Opinion (bloqueado)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="238"/>
        <source>The automatic backup failed: {problem}</source>
        <translation>Falló la copia de seguridad automática: {problem}</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="240"/>
        <source>the automatic backup</source>
        <translation>la copia de seguridad automática</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="283"/>
        <source>Passphrase not changed</source>
        <translation>No se cambió la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="284"/>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="184"/>
        <source>{problem}

The journal was left as it was.</source>
        <translation>{problem}

El diario quedó como estaba.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="291"/>
        <source>The journal and its backups are now protected by the passphrase.</source>
        <translation>El diario y sus copias de seguridad ahora están protegidos por la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="293"/>
        <source>The passphrase was removed: the journal and its backups are unencrypted.</source>
        <translation>Se quitó la frase de contraseña: el diario y sus copias de seguridad no están cifrados.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/privacy.py" line="297"/>
        <source>%n older copies did not open with the old passphrase and were left as they were.</source>
        <translation>
            <numerusform>%n copia más antigua no se abrió con la frase de contraseña anterior y quedó como estaba.</numerusform>
            <numerusform>%n copias más antiguas no se abrieron con la frase de contraseña anterior y quedaron como estaban.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="320"/>
        <source>Auto-lock</source>
        <translation>Bloqueo automático</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="324"/>
        <source>Lock the journal when the keyboard and mouse have not been used for a while. Ctrl+L locks it at any time.</source>
        <translation>Bloquea el diario cuando el teclado y el ratón llevan un rato sin usarse. Ctrl+L lo bloquea en cualquier momento.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="333"/>
        <source>Minutes before locking</source>
        <translation>Minutos antes de bloquear</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="335"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="336"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/privacy.py" line="338"/>
        <source>Lock &amp;after:</source>
        <translation>Bloquear &amp;tras:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_detail.py" line="23"/>
        <source>⚠ Still open</source>
        <translation>⚠ Aún pendiente</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_detail.py" line="25"/>
        <source>✓ Answered (%1)</source>
        <translation>✓ Respondida (%1)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_detail.py" line="27"/>
        <source>Retired</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_detail.py" line="28"/>
        <source>Not asked yet</source>
        <translation>Aún no se ha preguntado</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_detail.py" line="35"/>
        <source>Not answered at the visit on %1%2 — bring it again.</source>
        <translation>No se respondió en la consulta del %1%2: llévela de nuevo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/question_detail.py" line="40"/>
        <source>%n visits answered it</source>
        <translation>
            <numerusform>%n consulta la respondió</numerusform>
            <numerusform>%n consultas la respondieron</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_detail.py" line="42"/>
        <source>Put aside; select it and press Restore to use it again</source>
        <translation>Apartada; selecciónela y pulse Restaurar para volver a usarla</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_detail.py" line="43"/>
        <source>No visit has recorded it yet</source>
        <translation>Ninguna consulta la ha anotado todavía</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="127"/>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="106"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="129"/>
        <location filename="../../secondopinion/ui/record_requests.py" line="174"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="130"/>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="132"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="135"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="137"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="139"/>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="148"/>
        <source>Record requests</source>
        <translation>Solicitudes de documentos</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="155"/>
        <source>No record requests for this concern yet. Choose Standard set to list the six records nearly every second opinion needs, or add one below.</source>
        <translation>Todavía no hay solicitudes de documentos para esta inquietud. Elija Conjunto estándar para anotar los seis documentos que casi toda segunda opinión necesita, o añada uno abajo.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="165"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="168"/>
        <source>Kind of record</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="175"/>
        <source>From whom: hospital, doctor, lab…</source>
        <translation>De quién: hospital, médico, laboratorio…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="178"/>
        <source>&amp;Add request</source>
        <translation>&amp;Añadir solicitud</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="181"/>
        <source>Delete request</source>
        <translation>Eliminar solicitud</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="184"/>
        <source>Delete the selected requests and their files (Delete); Ctrl+Z undoes</source>
        <translation>Elimina las solicitudes seleccionadas y sus archivos (Supr); Ctrl+Z lo deshace</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="61"/>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="166"/>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="68"/>
        <source>The backup replaces what the journal holds now. The journal as it is now is kept beside it, so nothing is thrown away. Backups are in {folder}.</source>
        <translation>La copia de seguridad reemplaza lo que contiene ahora el diario. El diario tal como está ahora se guarda al lado, así que no se pierde nada. Las copias de seguridad están en {folder}.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="73"/>
        <source>&amp;Backups:</source>
        <translation>&amp;Copias de seguridad:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="76"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="85"/>
        <source>(no backups yet)</source>
        <translation>(todavía no hay copias de seguridad)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="91"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="95"/>
        <source>&amp;Other file…</source>
        <translation>&amp;Otro archivo…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="114"/>
        <source>Choose a backup</source>
        <translation>Elija una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="116"/>
        <source>Second Opinion journals (*.sojournal *.db *.bak);;All files (*)</source>
        <translation>Diarios de Second Opinion (*.sojournal *.db *.bak);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="147"/>
        <source>Cannot use this backup</source>
        <translation>No se puede usar esta copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="148"/>
        <source>{problem}

The journal was not changed.</source>
        <translation>{problem}

El diario no se modificó.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="168"/>
        <source>Replace what the journal holds now with the backup “{name}”?

The journal as it is now is kept beside it as “{journal}.before-restore-…”.</source>
        <translation>¿Reemplazar lo que contiene ahora el diario por la copia de seguridad «{name}»?

El diario tal como está ahora se guarda al lado como «{journal}.before-restore-…».</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="183"/>
        <source>Restore failed</source>
        <translation>Falló la restauración</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="189"/>
        <source>Restored “{name}”. The previous journal was kept as “{aside}”.</source>
        <translation>Se restauró «{name}». El diario anterior se guardó como «{aside}».</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="208"/>
        <source>Backup failed</source>
        <translation>Falló la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="209"/>
        <source>{problem}

The journal itself is unchanged.</source>
        <translation>{problem}

El diario en sí no cambió.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="213"/>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="217"/>
        <source>Backed up to {path}</source>
        <translation>Copia de seguridad guardada en {path}</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="220"/>
        <source>the backup</source>
        <translation>la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="239"/>
        <source>The journal is damaged</source>
        <translation>El diario está dañado</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="241"/>
        <source>Nothing was written to it; the file is kept as it is.</source>
        <translation>No se escribió nada en él; el archivo se conserva tal como está.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="247"/>
        <source>{problem}

{kept}

There is no good backup of it in {folder}. Keep the file: a copy made elsewhere, or a data recovery service, may still save it.</source>
        <translation>{problem}

{kept}

No hay ninguna copia de seguridad buena en {folder}. Conserve el archivo: una copia hecha en otro lugar, o un servicio de recuperación de datos, todavía podría salvarlo.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="256"/>
        <source>{problem}

{kept}

The newest good backup is from {when}. Restore it? The damaged file stays beside it as “{name}.damaged-…”.</source>
        <translation>{problem}

{kept}

La copia de seguridad buena más reciente es del {when}. ¿Restaurarla? El archivo dañado se queda al lado como «{name}.damaged-…».</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/restore_dialog.py" line="270"/>
        <source>Restored the backup from {when}. The damaged file was kept as “{aside}”.</source>
        <translation>Se restauró la copia de seguridad del {when}. El archivo dañado se guardó como «{aside}».</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="65"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="67"/>
        <source>Allergy</source>
        <translation>Alergia</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="70"/>
        <source>Concern</source>
        <translation>Inquietud</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="71"/>
        <source>Sign</source>
        <translation>Señal</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="72"/>
        <source>Symptom entry</source>
        <translation>Anotación de síntoma</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="73"/>
        <source>Treatment change</source>
        <translation>Cambio de tratamiento</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="74"/>
        <source>Record request</source>
        <translation>Solicitud de documentos</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="75"/>
        <source>Attachment</source>
        <translation>Archivo adjunto</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="76"/>
        <source>Doctor</source>
        <translation>Médico</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="77"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="78"/>
        <source>Visit</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="79"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="80"/>
        <source>Visit feelings</source>
        <translation>Sensaciones de la consulta</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="81"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="88"/>
        <source>Health summary</source>
        <translation>Resumen de salud</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="332"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="335"/>
        <source>Search everything written in this journal</source>
        <translation>Buscar en todo lo escrito en este diario</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/timeline.py" line="50"/>
        <source>Original diagnosis: {what}</source>
        <translation>Diagnóstico original: {what}</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/timeline.py" line="56"/>
        <source>Treatment: {what}</source>
        <translation>Tratamiento: {what}</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/timeline.py" line="58"/>
        <source>unknown source</source>
        <translation>origen desconocido</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/timeline.py" line="60"/>
        <source>{record} requested from {source}</source>
        <translation>{record} solicitado a {source}</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/timeline.py" line="62"/>
        <source>{record} received from {source}</source>
        <translation>{record} recibido de {source}</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/timeline.py" line="63"/>
        <source>{record} due from {source}</source>
        <translation>{record} pendiente de {source}</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/timeline.py" line="64"/>
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/unlock.py" line="41"/>
        <source>Unlock journal</source>
        <translation>Desbloquear el diario</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/unlock.py" line="44"/>
        <source>“{name}” is protected by a passphrase. Type it to open the journal.</source>
        <translation>«{name}» está protegido por una frase de contraseña. Escríbala para abrir el diario.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/unlock.py" line="59"/>
        <source>&amp;Show passphrase</source>
        <translation>&amp;Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/unlock.py" line="74"/>
        <source>That passphrase did not open the journal. Check Caps Lock and the keyboard layout, and try again.</source>
        <translation>Esa frase de contraseña no abrió el diario. Revise Bloq Mayús y la distribución del teclado, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/unlock.py" line="82"/>
        <source>Type the passphrase, or choose Cancel.</source>
        <translation>Escriba la frase de contraseña, o elija Cancelar.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="48"/>
        <source>▲ High</source>
        <translation>▲ Alto</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="49"/>
        <source>▼ Low</source>
        <translation>▼ Bajo</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="50"/>
        <source>◆ Abnormal</source>
        <translation>◆ Anormal</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="51"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="85"/>
        <location filename="../../secondopinion/ui/results_page.py" line="372"/>
        <source>Edit result</source>
        <translation>Editar resultado</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="85"/>
        <location filename="../../secondopinion/ui/results_page.py" line="343"/>
        <source>Add result</source>
        <translation>Añadir resultado</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="98"/>
        <source>Not given</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="113"/>
        <source>&amp;Test:</source>
        <translation>&amp;Prueba:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="114"/>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="115"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="116"/>
        <source>Range &amp;low:</source>
        <translation>Límite in&amp;ferior:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="117"/>
        <source>Range &amp;high:</source>
        <translation>Límite &amp;superior:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="118"/>
        <source>&amp;Flag:</source>
        <translation>&amp;Indicador:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="119"/>
        <source>Ta&amp;ken:</source>
        <translation>&amp;Tomada el:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="120"/>
        <source>&amp;Reported by:</source>
        <translation>In&amp;formada por:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="152"/>
        <source>Not saved: {problem}</source>
        <translation>No guardado: {problem}</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="186"/>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="188"/>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="193"/>
        <location filename="../../secondopinion/ui/results_page.py" line="224"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="194"/>
        <location filename="../../secondopinion/ui/results_page.py" line="227"/>
        <source>Flag</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="195"/>
        <location filename="../../secondopinion/ui/results_page.py" line="225"/>
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="197"/>
        <location filename="../../secondopinion/ui/results_page.py" line="217"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="201"/>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="206"/>
        <source>Tests and their latest results</source>
        <translation>Pruebas y sus últimos resultados</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="219"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="231"/>
        <source>Reported by</source>
        <translation>Informado por</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="238"/>
        <source>The results of the chosen test</source>
        <translation>Los resultados de la prueba elegida</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="246"/>
        <source>&amp;Add result…</source>
        <translation>&amp;Añadir resultado…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="248"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="249"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="250"/>
        <source>Type a result by hand</source>
        <translation>Escribir un resultado a mano</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="252"/>
        <source>Change the chosen result (or double-click it)</source>
        <translation>Cambiar el resultado elegido (o haga doble clic en él)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="255"/>
        <source>Delete the chosen results (Delete); Ctrl+Z brings them back</source>
        <translation>Elimina los resultados elegidos (Supr); Ctrl+Z los recupera</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="264"/>
        <source>No results yet. Import a records file (File &gt; Import records…) or add one.</source>
        <translation>Todavía no hay resultados. Importe un archivo de documentos médicos (Archivo &gt; Importar documentos médicos…) o añada uno.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_page.py" line="384"/>
        <source>Delete result</source>
        <translation>Eliminar resultado</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/comparison_export.py" line="38"/>
        <source>Save comparison of opinions</source>
        <translation>Guardar la comparación de opiniones</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/comparison_export.py" line="39"/>
        <source>Comparison - {title}</source>
        <translation>Comparación - {title}</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/comparison_export.py" line="40"/>
        <location filename="../../secondopinion/ui/request_letter.py" line="129"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/comparison_export.py" line="48"/>
        <source>Writing the comparison…</source>
        <translation>Escribiendo la comparación…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/comparison_export.py" line="57"/>
        <source>Comparison saved</source>
        <translation>Comparación guardada</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/comparison_export.py" line="64"/>
        <source>Comparison not saved</source>
        <translation>Comparación no guardada</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_talk_card.py" line="22"/>
        <source>Before we decide, I would like a second opinion. Could you suggest someone, or would you mind if I found a specialist myself?</source>
        <translation>Antes de decidir, me gustaría tener una segunda opinión. ¿Podría sugerirme a alguien, o le importaría que buscara un especialista por mi cuenta?</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_talk_card.py" line="24"/>
        <source>It would help me to hear another doctor&apos;s view of this diagnosis. What should I bring to that appointment?</source>
        <translation>Me ayudaría escuchar la opinión de otro médico sobre este diagnóstico. ¿Qué debería llevar a esa cita?</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_talk_card.py" line="26"/>
        <source>Could your office send my records (test results, scans and your notes) to the doctor I am seeing next? What do I need to sign?</source>
        <translation>¿Podría su consulta enviar mis documentos (resultados de pruebas, imágenes y sus notas) al médico que voy a ver? ¿Qué tengo que firmar?</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_talk_card.py" line="28"/>
        <source>May I have a copy of my records for myself, electronically if possible? How long will it take?</source>
        <translation>¿Puedo tener una copia de mis documentos para mí, en formato electrónico si es posible? ¿Cuánto tardará?</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_talk_card.py" line="34"/>
        <source>Bringing it up with your doctor</source>
        <translation>Cómo planteárselo a su médico</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_talk_card.py" line="36"/>
        <source>Good doctors welcome a second opinion. Some ways to ask:</source>
        <translation>Los buenos médicos ven con buenos ojos una segunda opinión. Algunas formas de pedirla:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_talk_card.py" line="49"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_talk_card.py" line="51"/>
        <source>Copy: {start}…</source>
        <translation>Copiar: {start}…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_talk_card.py" line="52"/>
        <source>Copy this phrasing to paste into a message</source>
        <translation>Copie esta frase para pegarla en un mensaje</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_talk_card.py" line="56"/>
        <source>Copied. Paste it into a message, or read it out.</source>
        <translation>Copiado. Péguelo en un mensaje, o léalo en voz alta.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_tabs.py" line="85"/>
        <source>&amp;Next steps</source>
        <translation>Pró&amp;ximos pasos</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_tabs.py" line="86"/>
        <source>&amp;Signs</source>
        <translation>&amp;Señales</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_tabs.py" line="88"/>
        <source>&amp;Records</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_tabs.py" line="89"/>
        <source>&amp;Doctors</source>
        <translation>&amp;Médicos</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_tabs.py" line="90"/>
        <source>&amp;Questions</source>
        <translation>&amp;Preguntas</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_tabs.py" line="91"/>
        <source>&amp;Visits &amp;&amp; feelings</source>
        <translation>&amp;Consultas y sensaciones</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_tabs.py" line="92"/>
        <source>C&amp;ompare</source>
        <translation>C&amp;omparar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/pdf_saving.py" line="48"/>
        <source>The PDF was saved, but no font on this computer can draw some characters. They print as �:

{lines}

Installing a font for that script (for example from the Noto family) and exporting again will show them.</source>
        <translation>El PDF se guardó, pero ninguna fuente de este equipo puede dibujar algunos caracteres. Se imprimen como �:

{lines}

Si instala una fuente para esa escritura (por ejemplo, de la familia Noto) y vuelve a exportar, se verán.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/person_contact.py" line="44"/>
        <source>Your contact details</source>
        <translation>Sus datos de contacto</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/person_contact.py" line="49"/>
        <source>Request letters print these as the sender. All are optional; a letter that asks for records by post needs the address, by email the email.</source>
        <translation>Las cartas de solicitud los imprimen como remitente. Todos son opcionales; una carta que pide los documentos por correo postal necesita la dirección, y por correo electrónico, el correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/person_contact.py" line="69"/>
        <source>As this computer&apos;s region suggests: {name}</source>
        <translation>Según la región de este equipo: {name}</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/person_contact.py" line="84"/>
        <source>Postal &amp;address:</source>
        <translation>&amp;Dirección postal:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/person_contact.py" line="85"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/person_contact.py" line="86"/>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/person_contact.py" line="87"/>
        <source>Letters cite the &amp;law of:</source>
        <translation>Las cartas citan la &amp;ley de:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/person_contact.py" line="132"/>
        <source>Providers must answer within 30 days, and may extend once by up to 30 days with a written notice (HIPAA, 45 CFR § 164.524).</source>
        <translation>Los centros deben responder en 30 días, y pueden prorrogarlo una vez hasta 30 días con un aviso por escrito (HIPAA, 45 CFR § 164.524).</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/person_contact.py" line="134"/>
        <source>Providers must answer within one month, and may extend by up to two further months for complex requests, with notice (UK GDPR, Article 15).</source>
        <translation>Los centros deben responder en un mes, y pueden prorrogarlo hasta dos meses más para solicitudes complejas, con aviso (UK GDPR, artículo 15).</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/person_contact.py" line="136"/>
        <source>Providers must answer within one month, and may extend by up to two further months for complex requests, with notice (GDPR, Article 15).</source>
        <translation>Los centros deben responder en un mes, y pueden prorrogarlo hasta dos meses más para solicitudes complejas, con aviso (RGPD, artículo 15).</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/person_contact.py" line="138"/>
        <source>The letter is a plain request without a legal citation; you set the due date.</source>
        <translation>La carta es una solicitud sencilla sin cita legal; usted fija la fecha límite.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_letter.py" line="59"/>
        <source>&amp;Write request letter…</source>
        <translation>&amp;Redactar carta de solicitud…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_letter.py" line="62"/>
        <source>A letter asking the provider for these records, as a PDF to sign and send</source>
        <translation>Una carta que pide estos documentos al centro, en PDF para firmar y enviar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_letter.py" line="65"/>
        <source>E&amp;xtension notified…</source>
        <translation>&amp;Prórroga comunicada…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_letter.py" line="67"/>
        <source>The provider told you it needs more time: note the new date</source>
        <translation>El centro le dijo que necesita más tiempo: anote la nueva fecha</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_letter.py" line="69"/>
        <source>Write &amp;follow-up letter…</source>
        <translation>Redactar carta de &amp;seguimiento…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_letter.py" line="71"/>
        <source>The due date has passed: a letter citing the first one</source>
        <translation>La fecha límite ya pasó: una carta que cita la primera</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_letter.py" line="124"/>
        <source>Follow-up - {source}</source>
        <translation>Seguimiento - {source}</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_letter.py" line="124"/>
        <source>Request letter - {source}</source>
        <translation>Carta de solicitud - {source}</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_letter.py" line="127"/>
        <source>Save the follow-up letter</source>
        <translation>Guardar la carta de seguimiento</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_letter.py" line="127"/>
        <source>Save the request letter</source>
        <translation>Guardar la carta de solicitud</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_letter.py" line="143"/>
        <source>The letter was not saved: {why}</source>
        <translation>La carta no se guardó: {why}</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_letter.py" line="147"/>
        <source>Letter saved</source>
        <translation>Carta guardada</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_letter.py" line="149"/>
        <source>The follow-up letter is saved. Mark it as sent today?</source>
        <translation>La carta de seguimiento está guardada. ¿Marcarla como enviada hoy?</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_letter.py" line="152"/>
        <source>The letter is saved. Mark the request as sent today? It becomes Requested, with the due date the law gives the provider.</source>
        <translation>La carta está guardada. ¿Marcar la solicitud como enviada hoy? Pasa a Solicitado, con la fecha límite que la ley da al centro.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_letter.py" line="158"/>
        <source>Sent today?</source>
        <translation>¿Enviada hoy?</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_letter.py" line="164"/>
        <source>Saved {file}. Not marked as sent.</source>
        <translation>Se guardó {file}. No se marcó como enviada.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_letter.py" line="176"/>
        <source>Follow-up sent</source>
        <translation>Seguimiento enviado</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_letter.py" line="176"/>
        <source>Request letter sent</source>
        <translation>Carta de solicitud enviada</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_letter.py" line="190"/>
        <source>Saved {file}; follow-up sent {day}.</source>
        <translation>Se guardó {file}; seguimiento enviado el {day}.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_letter.py" line="193"/>
        <source>Saved {file}; requested {day}, due {due}.</source>
        <translation>Se guardó {file}; solicitado el {day}, vence el {due}.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_letter.py" line="207"/>
        <source>Extension noted: now due {due}.</source>
        <translation>Prórroga anotada: ahora vence el {due}.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_letter.py" line="222"/>
        <location filename="../../secondopinion/ui/request_letter.py" line="282"/>
        <source>Extension notified</source>
        <translation>Prórroga comunicada</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_letter.py" line="229"/>
        <source>The provider may move the due date once, with a written notice giving the reason and the new date. The latest date the law allows: {latest}.</source>
        <translation>El centro puede aplazar la fecha límite una vez, con un aviso por escrito que indique el motivo y la nueva fecha. La fecha más tardía que permite la ley: {latest}.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_letter.py" line="233"/>
        <source>Note when the provider told you it needs more time, and the new date.</source>
        <translation>Anote cuándo le dijo el centro que necesita más tiempo, y la nueva fecha.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_letter.py" line="241"/>
        <source>Notice received on</source>
        <translation>Aviso recibido el</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_letter.py" line="245"/>
        <source>New due date</source>
        <translation>Nueva fecha límite</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_letter.py" line="249"/>
        <source>Notice &amp;received on:</source>
        <translation>Aviso &amp;recibido el:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_letter.py" line="250"/>
        <source>&amp;New due date:</source>
        <translation>&amp;Nueva fecha límite:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_letter.py" line="267"/>
        <source>Write the date of the notice.</source>
        <translation>Escriba la fecha del aviso.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_letter.py" line="269"/>
        <source>Write the new due date.</source>
        <translation>Escriba la nueva fecha límite.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/jobs.py" line="147"/>
        <source>Finishing {work} first…</source>
        <translation>Terminando primero {work}…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/jobs.py" line="149"/>
        <source>Finishing the work in progress first…</source>
        <translation>Terminando primero el trabajo en curso…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/jobs.py" line="150"/>
        <source>Keep it open</source>
        <translation>Mantenerlo abierto</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/jobs.py" line="152"/>
        <source>Please wait</source>
        <translation>Espere, por favor</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="56"/>
        <source>Conditions</source>
        <translation>Afecciones</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="57"/>
        <source>Procedures</source>
        <translation>Procedimientos</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="58"/>
        <location filename="../../secondopinion/ui/search_dialog.py" line="90"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="66"/>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="93"/>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="97"/>
        <source>%1 (%2). Nothing is written until you press Import; Ctrl+Z takes it back.</source>
        <translation>%1 (%2). No se escribe nada hasta que pulse Importar; Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="106"/>
        <source>To add</source>
        <translation>Por añadir</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="106"/>
        <source>Already there</source>
        <translation>Ya está</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="106"/>
        <source>For example</source>
        <translation>Por ejemplo</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="124"/>
        <source>What the import adds, per kind</source>
        <translation>Qué añade la importación, por tipo</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="135"/>
        <source>Nothing new: everything in this file is already in the journal.</source>
        <translation>Nada nuevo: todo lo de este archivo ya está en el diario.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="139"/>
        <source>Not imported (the journal does not keep these): %1</source>
        <translation>No importado (el diario no guarda esto): %1</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="143"/>
        <source>Left out because parts are missing: %1</source>
        <translation>Omitido porque faltan partes: %1</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="146"/>
        <source>The file itself is attached to a new record request marked received (%1%2).</source>
        <translation>El archivo en sí se adjunta a una nueva solicitud de documentos marcada como recibida (%1%2).</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="151"/>
        <source>This file is already attached to a record request.</source>
        <translation>Este archivo ya está adjunto a una solicitud de documentos.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="153"/>
        <source>The file is not attached: the journal has no open concern.</source>
        <translation>El archivo no se adjunta: el diario no tiene ninguna inquietud abierta.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="155"/>
        <source>The person&apos;s empty name or date of birth is filled in from the file.</source>
        <translation>El nombre o la fecha de nacimiento vacíos de la persona se completan con los del archivo.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="166"/>
        <source>Use the file&apos;s name and date of birth (%1) instead of the journal&apos;s</source>
        <translation>Usar el nombre y la fecha de nacimiento del archivo (%1) en lugar de los del diario</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="173"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="197"/>
        <source>Not a records file</source>
        <translation>No es un archivo de documentos médicos</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="201"/>
        <source>Cannot read the file</source>
        <translation>No se puede leer el archivo</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="218"/>
        <source>Import records</source>
        <translation>Importar documentos médicos</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_import_dialog.py" line="220"/>
        <source>Records files (*.json *.xml);;All files (*)</source>
        <translation>Archivos de documentos médicos (*.json *.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_chart.py" line="39"/>
        <source>Values over time</source>
        <translation>Valores a lo largo del tiempo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/results_chart.py" line="57"/>
        <source>%1: %n values</source>
        <translation>
            <numerusform>%1: %n valor</numerusform>
            <numerusform>%1: %n valores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_chart.py" line="79"/>
        <source>No numeric values to chart yet</source>
        <translation>Todavía no hay valores numéricos para el gráfico</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/results_chart.py" line="113"/>
        <source>reference range</source>
        <translation>rango de referencia</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/pdf_password.py" line="33"/>
        <source>Protect with a &amp;password (for email)</source>
        <translation>Proteger con una &amp;contraseña (para correo electrónico)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/pdf_password.py" line="35"/>
        <source>The PDF is encrypted (AES-256) and opens only with the password you choose.</source>
        <translation>El PDF se cifra (AES-256) y solo se abre con la contraseña que usted elija.</translation>
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
            <numerusform>%n anotación</numerusform>
            <numerusform>%n anotaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="297"/>
        <source>%1 of %n entries shown</source>
        <translation>
            <numerusform>%1 de %n anotación mostradas</numerusform>
            <numerusform>%1 de %n anotaciones mostradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="358"/>
        <source>Delete %n symptom entries</source>
        <translation>
            <numerusform>Eliminar %n anotación de síntoma</numerusform>
            <numerusform>Eliminar %n anotaciones de síntomas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="190"/>
        <source>About Second Opinion</source>
        <translation>Acerca de Second Opinion</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="197"/>
        <source>Second Opinion icon</source>
        <translation>Icono de Second Opinion</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="212"/>
        <source>Open the &amp;data folder</source>
        <translation>Abrir la &amp;carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="215"/>
        <source>Show the folder with your default journal and settings in the file manager</source>
        <translation>Muestra en el gestor de archivos la carpeta con su diario predeterminado y los ajustes</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="238"/>
        <source>Second Opinion is free software: you can share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Second Opinion es software libre: puede compartirlo y modificarlo según los términos de la Licencia Pública General de GNU, versión 3 o (a su elección) cualquier versión posterior (GPL-3.0-or-later). Se ofrece sin ninguna garantía.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="242"/>
        <source>Second Opinion</source>
        <translation>Second Opinion</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="243"/>
        <source>Version {0}</source>
        <translation>Versión {0}</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="244"/>
        <source>A private journal for getting a second medical opinion.</source>
        <translation>Un diario privado para buscar una segunda opinión médica.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="245"/>
        <source>Where your data lives</source>
        <translation>Dónde están sus datos</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="254"/>
        <source>The journal open now:</source>
        <translation>El diario abierto ahora:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="255"/>
        <source>Your default journal:</source>
        <translation>Su diario predeterminado:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="257"/>
        <source>The data folder (settings and the default journal):</source>
        <translation>La carpeta de datos (ajustes y diario predeterminado):</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="259"/>
        <source>Nothing is ever sent over the network.</source>
        <translation>Nunca se envía nada por la red.</translation>
    </message>
</context>
<context>
    <name>AnswersSoFar</name>
    <message>
        <location filename="../../secondopinion/ui/question_answers.py" line="21"/>
        <location filename="../../secondopinion/ui/question_answers.py" line="38"/>
        <source>What each doctor answered</source>
        <translation>Qué respondió cada médico</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_answers.py" line="27"/>
        <source>Visit</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_answers.py" line="28"/>
        <source>Doctor</source>
        <translation>Médico</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_answers.py" line="30"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_answers.py" line="32"/>
        <source>⚠ not answered</source>
        <translation>⚠ sin respuesta</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_answers.py" line="49"/>
        <source>No visit has recorded this question yet. When you add a visit, the questions ticked “Bring” come with it, ready for the answers.</source>
        <translation>Ninguna consulta ha anotado esta pregunta todavía. Cuando añada una consulta, las preguntas marcadas «Llevar» vienen con ella, listas para las respuestas.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_answers.py" line="56"/>
        <source>Enter or double-click opens the visit</source>
        <translation>Intro o doble clic abre la consulta</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="62"/>
        <location filename="../../secondopinion/ui/attachments.py" line="100"/>
        <location filename="../../secondopinion/ui/attachments.py" line="180"/>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="75"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="77"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="84"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="90"/>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="123"/>
        <source>Add fi&amp;les…</source>
        <translation>Añadir a&amp;rchivos…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="125"/>
        <source>Add files to this request; you can also drop them here (up to %1 MB each)</source>
        <translation>Añada archivos a esta solicitud; también puede soltarlos aquí (hasta %1 MB cada uno)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="128"/>
        <source>O&amp;pen</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="129"/>
        <source>Save cop&amp;y…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="130"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="131"/>
        <source>Remove the selected files (Delete); Ctrl+Z undoes</source>
        <translation>Quita los archivos seleccionados (Supr); Ctrl+Z lo deshace</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="132"/>
        <source>Open in the app your computer uses for this type</source>
        <translation>Abrir con la aplicación que su equipo usa para este tipo</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="154"/>
        <source>Its content is a %1, whatever its name says.</source>
        <translation>Su contenido es un %1, diga lo que diga su nombre.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="180"/>
        <source>Files (%1)</source>
        <translation>Archivos (%1)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="184"/>
        <source>No files yet. Drop files here, or choose Add files… (PDF, images, text; up to %1 MB each).</source>
        <translation>Todavía no hay archivos. Suelte archivos aquí, o elija Añadir archivos… (PDF, imágenes, texto; hasta %1 MB cada uno).</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="188"/>
        <source>Choose a record request above to see its files.</source>
        <translation>Elija arriba una solicitud de documentos para ver sus archivos.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="218"/>
        <source>Add files to this record request</source>
        <translation>Añadir archivos a esta solicitud de documentos</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="220"/>
        <source>Records (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.dcm *.txt *.rtf *.docx);;All files (*)</source>
        <translation>Documentos (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.dcm *.txt *.rtf *.docx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="230"/>
        <source>“%1” was not added: it no longer exists.</source>
        <translation>No se añadió «%1»: ya no existe.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="231"/>
        <source>“%1” is a folder; add the files inside it instead.</source>
        <translation>«%1» es una carpeta; añada en su lugar los archivos que contiene.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="232"/>
        <source>“%1” is not an ordinary file and cannot be stored.</source>
        <translation>«%1» no es un archivo normal y no se puede guardar.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="233"/>
        <source>“%1” could not be read (%2). Check that you may open it.</source>
        <translation>No se pudo leer «%1» (%2). Compruebe que tiene permiso para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="234"/>
        <source>“%1” is empty (0 bytes); there is nothing in it to keep.</source>
        <translation>«%1» está vacío (0 bytes); no hay nada que guardar.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="236"/>
        <source>“%1” is %2; a file can hold at most %3 MB in the journal. Keep it where it is and write down where in this request&apos;s notes.</source>
        <translation>«%1» ocupa %2; un archivo puede ocupar como máximo %3 MB en el diario. Déjelo donde está y anote dónde en las notas de esta solicitud.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="248"/>
        <source>“%1” does not look like a %2 inside; it was kept, but check it opens.</source>
        <translation>«%1» no parece un %2 por dentro; se guardó, pero compruebe que se abre.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="250"/>
        <source>“%1” is really a %2, not a %3 as its name says; it was kept as a %2.</source>
        <translation>«%1» es en realidad un %2, no un %3 como dice su nombre; se guardó como %2.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="264"/>
        <location filename="../../secondopinion/ui/attachments.py" line="281"/>
        <source>Add file</source>
        <translation>Añadir archivo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/attachments.py" line="264"/>
        <source>Add %n files</source>
        <translation>
            <numerusform>Añadir %n archivo</numerusform>
            <numerusform>Añadir %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="275"/>
        <source>“%1” is already attached here (as “%2”).</source>
        <translation>«%1» ya está adjunto aquí (como «%2»).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/attachments.py" line="294"/>
        <source>Added %n files.</source>
        <translation>
            <numerusform>Se añadió %n archivo.</numerusform>
            <numerusform>Se añadieron %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="295"/>
        <source>Added the file.</source>
        <translation>Se añadió el archivo.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="339"/>
        <source>“%1” no longer matches the checksum taken when it was added; it may be damaged. Save a copy to look at it.</source>
        <translation>«%1» ya no coincide con la suma de comprobación tomada al añadirlo; puede estar dañado. Guarde una copia para revisarlo.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="356"/>
        <source>No app on this computer opens “%1”. Save a copy and open it from there.</source>
        <translation>Ninguna aplicación de este equipo abre «%1». Guarde una copia y ábrala desde allí.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="369"/>
        <source>Save a copy of “%1”</source>
        <translation>Guardar una copia de «%1»</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="378"/>
        <source>The copy could not be saved: %1</source>
        <translation>No se pudo guardar la copia: %1</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="385"/>
        <source>Saved a copy as %1.</source>
        <translation>Se guardó una copia como %1.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="392"/>
        <source>Remove file</source>
        <translation>Quitar archivo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/attachments.py" line="392"/>
        <source>Remove %n files</source>
        <translation>
            <numerusform>Quitar %n archivo</numerusform>
            <numerusform>Quitar %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="399"/>
        <source>Removed the file; Edit &gt; Undo brings it back.</source>
        <translation>Se quitó el archivo; Editar &gt; Deshacer lo recupera.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/attachments.py" line="400"/>
        <source>Removed %n files; Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>Se quitó %n archivo; Editar &gt; Deshacer lo recupera.</numerusform>
            <numerusform>Se quitaron %n archivos; Editar &gt; Deshacer los recupera.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/attachments.py" line="407"/>
        <source>The journal is closed; this was not saved.</source>
        <translation>El diario está cerrado; esto no se guardó.</translation>
    </message>
</context>
<context>
    <name>AutoSaveForm</name>
    <message>
        <location filename="../../secondopinion/ui/forms.py" line="46"/>
        <source>Not saved yet (it stays here and is tried again): {problem}</source>
        <translation>Aún no se ha guardado (se queda aquí y se vuelve a intentar): {problem}</translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="87"/>
        <location filename="../../secondopinion/ui/compare_tab.py" line="93"/>
        <source>Visits to compare</source>
        <translation>Consultas que comparar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="88"/>
        <source>Tic&amp;k two or three (Space ticks the current line):</source>
        <translation>&amp;Marque dos o tres (Espacio marca la línea actual):</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="105"/>
        <source>&amp;Latest with each doctor</source>
        <translation>&amp;La última con cada médico</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="107"/>
        <source>Choose the latest visit with each doctor seen, up to three</source>
        <translation>Elige la última consulta con cada médico visto, hasta tres</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="113"/>
        <source>T&amp;imeline</source>
        <translation>&amp;Cronología</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="117"/>
        <source>Timeline of this concern</source>
        <translation>Cronología de esta inquietud</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="118"/>
        <source>Enter or double-click opens the entry</source>
        <translation>Intro o doble clic abre la entrada</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="137"/>
        <source>O&amp;nly what differs</source>
        <translation>&amp;Solo lo que difiere</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="139"/>
        <source>Hide the rows where the visits agree</source>
        <translation>Oculta las filas en las que las consultas coinciden</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="141"/>
        <source>≠ and a tint mark what only one of the visits says.</source>
        <translation>≠ y un tono de color marcan lo que dice solo una de las consultas.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="144"/>
        <source>E&amp;xport comparison PDF…</source>
        <translation>E&amp;xportar comparación en PDF…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="157"/>
        <source>Visits side by side</source>
        <translation>Consultas una junto a otra</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="187"/>
        <source>Tick a second visit on the left to see the opinions side by side.</source>
        <translation>Marque una segunda consulta a la izquierda para ver las opiniones una junto a otra.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="264"/>
        <source>Tick two or three visits on the left to compare them.</source>
        <translation>Marque dos o tres consultas a la izquierda para compararlas.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="267"/>
        <source>No visits for this concern yet. Record them on the Visits &amp; feelings tab; two or three of them can then be compared here side by side.</source>
        <translation>Todavía no hay consultas para esta inquietud. Anótelas en la pestaña Consultas y sensaciones; luego podrá comparar aquí dos o tres, una junto a otra.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="321"/>
        <source>New doctor for a third opinion</source>
        <translation>Nuevo médico para una tercera opinión</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="322"/>
        <source>For a third opinion on “{title}”.</source>
        <translation>Para una tercera opinión sobre «{title}».</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_tab.py" line="328"/>
        <source>Add a doctor for a third opinion</source>
        <translation>Añadir un médico para una tercera opinión</translation>
    </message>
</context>
<context>
    <name>ConcernBar</name>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="51"/>
        <source>Concern:</source>
        <translation>Inquietud:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="54"/>
        <source>Concern</source>
        <translation>Inquietud</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="62"/>
        <source>New…</source>
        <translation>Nueva…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="62"/>
        <source>Start a new concern (Ctrl+Shift+N)</source>
        <translation>Empezar una nueva inquietud (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="66"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="66"/>
        <source>Rename this concern (Ctrl+Shift+R)</source>
        <translation>Cambiar el nombre de esta inquietud (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="69"/>
        <location filename="../../secondopinion/ui/concern_bar.py" line="203"/>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="154"/>
        <source>{title} (archived)</source>
        <translation>{title} (archivada)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="203"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="205"/>
        <source>Bring this concern back into the list</source>
        <translation>Devolver esta inquietud a la lista</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="207"/>
        <source>Put this concern aside; Concern &gt; Show archived concerns shows it again</source>
        <translation>Aparta esta inquietud; Inquietud &gt; Mostrar las inquietudes archivadas la vuelve a mostrar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="221"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="239"/>
        <source>New concern</source>
        <translation>Nueva inquietud</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="249"/>
        <source>Rename concern</source>
        <translation>Cambiar el nombre de la inquietud</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="262"/>
        <source>Archived “{title}”. Concern &gt; Show archived concerns brings it back.</source>
        <translation>Se archivó «{title}». Inquietud &gt; Mostrar las inquietudes archivadas la recupera.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="266"/>
        <source>Restored “{title}”.</source>
        <translation>Se restauró «{title}».</translation>
    </message>
</context>
<context>
    <name>DisagreementBanner</name>
    <message>
        <location filename="../../secondopinion/ui/compare_banner.py" line="36"/>
        <source>Find a doctor for a &amp;third opinion</source>
        <translation>Buscar un médico para una &amp;tercera opinión</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_banner.py" line="39"/>
        <source>Adds a doctor to consider for this concern and opens it on the Doctors tab</source>
        <translation>Añade un médico a considerar para esta inquietud y lo abre en la pestaña Médicos</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_banner.py" line="41"/>
        <source>E&amp;xport comparison PDF…</source>
        <translation>E&amp;xportar comparación en PDF…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_banner.py" line="69"/>
        <source>The diagnoses are not the same.</source>
        <translation>Los diagnósticos no son iguales.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_banner.py" line="71"/>
        <source>One doctor</source>
        <translation>Un médico</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_banner.py" line="76"/>
        <source>Not in full agreement with the original diagnosis: {names}.</source>
        <translation>No coinciden del todo con el diagnóstico original: {names}.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_banner.py" line="83"/>
        <source>These opinions differ.</source>
        <translation>Estas opiniones difieren.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/compare_banner.py" line="85"/>
        <source>That is common, and a third opinion can help you weigh them.</source>
        <translation>Es algo frecuente, y una tercera opinión puede ayudarle a sopesarlas.</translation>
    </message>
</context>
<context>
    <name>DoctorDetail</name>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="49"/>
        <source>Select a doctor in the list to see and edit the details.</source>
        <translation>Seleccione un médico de la lista para ver y editar los datos.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="58"/>
        <source>Doctor</source>
        <translation>Médico</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="60"/>
        <source>Na&amp;me</source>
        <translation>No&amp;mbre</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="61"/>
        <source>S&amp;pecialty</source>
        <translation>&amp;Especialidad</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="61"/>
        <source>e.g. Gynaecology</source>
        <translation>p. ej. Ginecología</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="62"/>
        <source>&amp;Institution</source>
        <translation>&amp;Institución</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="62"/>
        <source>Hospital, clinic</source>
        <translation>Hospital, clínica</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="64"/>
        <source>Healthcare s&amp;ystem</source>
        <translation>&amp;Sistema de salud</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="66"/>
        <source>The group or network it belongs to</source>
        <translation>El grupo o la red a la que pertenece</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="68"/>
        <source>Stat&amp;us</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="78"/>
        <source>Why this doctor (choice criteria)</source>
        <translation>Por qué este médico (criterios de elección)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="80"/>
        <source>In another healthcare system than the first</source>
        <translation>En un sistema de salud distinto del primero</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="81"/>
        <source>Specialises in this condition</source>
        <translation>Se especializa en esta afección</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="82"/>
        <source>Experienced with complex or rare cases</source>
        <translation>Con experiencia en casos complejos o poco frecuentes</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="83"/>
        <source>At a teaching or research hospital</source>
        <translation>En un hospital universitario o de investigación</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="89"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="91"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="92"/>
        <source>Emai&amp;l</source>
        <translation>Correo e&amp;lectrónico</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="93"/>
        <source>&amp;Website, portal</source>
        <translation>Sitio &amp;web, portal</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="94"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="97"/>
        <source>Cost and notes</source>
        <translation>Costo y notas</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="101"/>
        <source>In-network, cost</source>
        <translation>En la red, costo</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="104"/>
        <source>Covered by my insurance? What will it cost?</source>
        <translation>¿Lo cubre mi seguro? ¿Cuánto costará?</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="107"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="110"/>
        <source>Consulted about</source>
        <translation>Consultado sobre</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="114"/>
        <source>Concern</source>
        <translation>Inquietud</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="125"/>
        <source>Concerns this doctor is for</source>
        <translation>Inquietudes para las que es este médico</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="189"/>
        <source>Fit: %1 of 4 criteria</source>
        <translation>Encaje: %1 de 4 criterios</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="194"/>
        <source>⚠ Same healthcare system as the original diagnosis (%1): a second opinion from inside it may simply repeat the first.</source>
        <translation>⚠ Mismo sistema de salud que el diagnóstico original (%1): una segunda opinión desde dentro puede simplemente repetir la primera.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctor_detail.py" line="198"/>
        <source>“Another healthcare system” is ticked but not counted.</source>
        <translation>«Otro sistema de salud» está marcado, pero no se cuenta.</translation>
    </message>
</context>
<context>
    <name>DoctorsTab</name>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="68"/>
        <source>Doctors to consider and doctors seen</source>
        <translation>Médicos a considerar y médicos vistos</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="74"/>
        <source>Doctors</source>
        <translation>Médicos</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="81"/>
        <source>Filter by name, specialty, place…</source>
        <translation>Filtrar por nombre, especialidad, lugar…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="82"/>
        <source>Filter doctors</source>
        <translation>Filtrar médicos</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="88"/>
        <source>Fil&amp;ter:</source>
        <translation>Fil&amp;trar:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="85"/>
        <source>Show doctors for &amp;all concerns</source>
        <translation>Mostrar los médicos de &amp;todas las inquietudes</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="106"/>
        <source>&amp;New doctor:</source>
        <translation>&amp;Nuevo médico:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="108"/>
        <source>New doctor&apos;s name</source>
        <translation>Nombre del nuevo médico</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="109"/>
        <source>Name, e.g. Dr. Ana Lindqvist</source>
        <translation>Nombre, p. ej. Dra. Ana Lindqvist</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="111"/>
        <source>Add the doctor to this concern (Enter)</source>
        <translation>Añadir el médico a esta inquietud (Intro)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="115"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="117"/>
        <source>Delete the selected doctor (Delete); Ctrl+Z brings them back</source>
        <translation>Elimina el médico seleccionado (Supr); Ctrl+Z lo recupera</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="131"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="138"/>
        <source>Fit</source>
        <translation>Encaje</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="140"/>
        <source>%1 of 4</source>
        <translation>%1 de 4</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="144"/>
        <source>Specialty</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="146"/>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="151"/>
        <source>Healthcare system</source>
        <translation>Sistema de salud</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="159"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="175"/>
        <source>%1 — same as original</source>
        <translation>%1 — el mismo que el original</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="180"/>
        <source>another healthcare system</source>
        <translation>otro sistema de salud</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="181"/>
        <source>specialises in this condition</source>
        <translation>se especializa en esta afección</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="182"/>
        <source>complex or rare cases</source>
        <translation>casos complejos o poco frecuentes</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="183"/>
        <source>teaching or research hospital</source>
        <translation>hospital universitario o de investigación</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="188"/>
        <source>Meets: %1</source>
        <translation>Cumple: %1</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="188"/>
        <source>None met</source>
        <translation>No cumple ninguno</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="223"/>
        <source>No doctors yet. Type the name of a doctor you are considering below and press Enter; then fill in the details and tick the criteria on the right.</source>
        <translation>Todavía no hay médicos. Escriba abajo el nombre de un médico que esté considerando y pulse Intro; luego complete los datos y marque los criterios a la derecha.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="228"/>
        <source>No doctors for this concern yet. Add one below, or tick “Show doctors for all concerns” to choose one you already know.</source>
        <translation>Todavía no hay médicos para esta inquietud. Añada uno abajo, o marque «Mostrar los médicos de todas las inquietudes» para elegir uno que ya conozca.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="232"/>
        <source>No doctor matches the filter.</source>
        <translation>Ningún médico coincide con el filtro.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/doctors_tab.py" line="239"/>
        <source>%n doctors</source>
        <translation>
            <numerusform>%n médico</numerusform>
            <numerusform>%n médicos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/doctors_tab.py" line="241"/>
        <source>%1 of %n doctors shown</source>
        <translation>
            <numerusform>%1 de %n médico mostrados</numerusform>
            <numerusform>%1 de %n médicos mostrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/doctors_tab.py" line="244"/>
        <source>⚠ %n in the original diagnosis&apos;s healthcare system</source>
        <translation>
            <numerusform>⚠ %n en el sistema de salud del diagnóstico original</numerusform>
            <numerusform>⚠ %n en el sistema de salud del diagnóstico original</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="294"/>
        <source>Add doctor</source>
        <translation>Añadir médico</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="313"/>
        <source>Delete doctor %1</source>
        <translation>Eliminar al médico %1</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/doctors_tab.py" line="319"/>
        <source>Deleted %1. Edit &gt; Undo (Ctrl+Z) brings them back.</source>
        <translation>Se eliminó a %1. Editar &gt; Deshacer (Ctrl+Z) lo recupera.</translation>
    </message>
</context>
<context>
    <name>ExportPacketDialog</name>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="86"/>
        <source>Export appointment packet</source>
        <translation>Exportar la carpeta para la cita</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="104"/>
        <source>&amp;Concern:</source>
        <translation>&amp;Inquietud:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="106"/>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="108"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="109"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="111"/>
        <source>&amp;Paper:</source>
        <translation>Pa&amp;pel:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="116"/>
        <source>The packet can be printed in the doctor&apos;s language</source>
        <translation>La carpeta puede imprimirse en el idioma del médico</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="117"/>
        <source>La&amp;nguage:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="120"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="130"/>
        <source>Put my name in the PDF&apos;s document properties</source>
        <translation>Poner mi nombre en las propiedades del documento PDF</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="148"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="149"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="167"/>
        <source>Press Preview to see the pages before saving.</source>
        <translation>Pulse Vista previa para ver las páginas antes de guardar.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="185"/>
        <source>No particular doctor or visit</source>
        <translation>Ningún médico ni consulta en particular</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="193"/>
        <source>Visit {date}: {doctor} ({kind})</source>
        <translation>Consulta del {date}: {doctor} ({kind})</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="195"/>
        <source>doctor unknown</source>
        <translation>médico desconocido</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="241"/>
        <source>It did not work: {reason}</source>
        <translation>No funcionó: {reason}</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="270"/>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/export_dialog.py" line="285"/>
        <source>This packet has %n pages. A picture of the pages needs poppler&apos;s pdftoppm, which is not installed; exporting works without it.</source>
        <translation>
            <numerusform>Esta carpeta tiene %n página. Para ver una imagen de la página hace falta pdftoppm de poppler, que no está instalado; la exportación funciona sin él.</numerusform>
            <numerusform>Esta carpeta tiene %n páginas. Para ver una imagen de las páginas hace falta pdftoppm de poppler, que no está instalado; la exportación funciona sin él.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/export_dialog.py" line="307"/>
        <source>Preview ready: %n pages.</source>
        <translation>
            <numerusform>Vista previa lista: %n página.</numerusform>
            <numerusform>Vista previa lista: %n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="296"/>
        <source>Page {n} of {total}</source>
        <translation>Página {n} de {total}</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="301"/>
        <source>Showing pages 1–{shown} of {total}.</source>
        <translation>Se muestran las páginas 1–{shown} de {total}.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="311"/>
        <source>Some characters cannot be drawn with the fonts on this computer: {t}</source>
        <translation>Algunos caracteres no se pueden dibujar con las fuentes de este equipo: {t}</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="322"/>
        <source>Save appointment packet</source>
        <translation>Guardar la carpeta para la cita</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="323"/>
        <source>Appointment packet - {title}</source>
        <translation>Carpeta para la cita - {title}</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="324"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="350"/>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/export_dialog.py" line="355"/>
        <source>Writing the packet…</source>
        <translation>Escribiendo la carpeta…</translation>
    </message>
</context>
<context>
    <name>FeelingsPanel</name>
    <message>
        <location filename="../../secondopinion/ui/feelings.py" line="135"/>
        <source>How did the visit feel? Rate each from 0 (not at all) to 4 (very much); your emotional reaction is data too. Delete clears a rating.</source>
        <translation>¿Cómo se sintió en la consulta? Puntúe cada aspecto de 0 (nada) a 4 (mucho); su reacción emocional también es un dato. Supr borra una puntuación.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/feelings.py" line="148"/>
        <source>Good signs</source>
        <translation>Buenas señales</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/feelings.py" line="148"/>
        <source>More is better</source>
        <translation>Más es mejor</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/feelings.py" line="160"/>
        <source>Warning signs</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/feelings.py" line="161"/>
        <source>Less is better</source>
        <translation>Menos es mejor</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/feelings.py" line="170"/>
        <source>Overall tr&amp;ust in this doctor:</source>
        <translation>&amp;Confianza general en este médico:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/feelings.py" line="171"/>
        <source>Overall trust</source>
        <translation>Confianza general</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/feelings.py" line="177"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/feelings.py" line="180"/>
        <source>complete</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/feelings.py" line="188"/>
        <source>Reflection after the v&amp;isit:</source>
        <translation>Reflexión después de la c&amp;onsulta:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/feelings.py" line="191"/>
        <source>Reflection after the visit</source>
        <translation>Reflexión después de la consulta</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/feelings.py" line="193"/>
        <source>What stayed with you? What would you ask differently next time?</source>
        <translation>¿Qué se le quedó grabado? ¿Qué preguntaría de otra manera la próxima vez?</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/feelings.py" line="242"/>
        <source>not at all</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/feelings.py" line="242"/>
        <source>very</source>
        <translation>mucho</translation>
    </message>
</context>
<context>
    <name>HealthSummary</name>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="198"/>
        <source>F&amp;ilter:</source>
        <translation>F&amp;iltrar:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="201"/>
        <source>Filter the health summary</source>
        <translation>Filtrar el resumen de salud</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="202"/>
        <source>Text in any list…</source>
        <translation>Texto en cualquier lista…</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="78"/>
        <location filename="../../secondopinion/ui/help.py" line="81"/>
        <location filename="../../secondopinion/ui/help.py" line="178"/>
        <source>How to use Second Opinion</source>
        <translation>Cómo usar Second Opinion</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="97"/>
        <source>What this is for</source>
        <translation>Para qué sirve</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="100"/>
        <source>Second Opinion keeps what you gather while you get another doctor&apos;s view of a diagnosis or a proposed treatment, and turns it into a clear PDF to bring to the next appointment.</source>
        <translation>Second Opinion guarda lo que usted reúne mientras busca la opinión de otro médico sobre un diagnóstico o un tratamiento propuesto, y lo convierte en un PDF claro para llevar a la próxima cita.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="105"/>
        <source>Each health question you are looking into is a concern. Pick it at the top of the window; every tab then shows that concern.</source>
        <translation>Cada cuestión de salud que está investigando es una inquietud. Elíjala en la parte superior de la ventana; entonces cada pestaña muestra esa inquietud.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="111"/>
        <source>The tabs</source>
        <translation>Las pestañas</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="114"/>
        <source>&lt;b&gt;Signs&lt;/b&gt;: tick the reasons you want another opinion and add a note to each. Log symptoms with a date and a severity from 0 to 10; the chart shows how they change.</source>
        <translation>&lt;b&gt;Señales&lt;/b&gt;: marque los motivos por los que quiere otra opinión y añada una nota a cada uno. Anote los síntomas con una fecha y una intensidad de 0 a 10; el gráfico muestra cómo cambian.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="119"/>
        <source>&lt;b&gt;Records&lt;/b&gt;: your medications, allergies, other conditions and past procedures, written down once. Keep track of each record you ask for: where from, when you asked, when it is due (the provider&apos;s legal deadline: 30 days in the US, one month in the UK and EU, unless you change it) and whether it has arrived. Write a request letter to sign and send, and a follow-up letter if the deadline passes. Attach the files you receive.</source>
        <translation>&lt;b&gt;Documentos&lt;/b&gt;: sus medicamentos, alergias, otras afecciones y procedimientos anteriores, anotados una sola vez. Lleve el control de cada documento que pide: a quién, cuándo lo pidió, cuándo vence el plazo (el plazo legal del centro: 30 días en EE. UU., un mes en el Reino Unido y la UE, salvo que lo cambie) y si ya llegó. Redacte una carta de solicitud para firmar y enviar, y una carta de seguimiento si pasa el plazo. Adjunte los archivos que reciba.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="128"/>
        <source>&lt;b&gt;Doctors&lt;/b&gt;: the doctors you are considering, what speaks for each, and how far you have got with them.</source>
        <translation>&lt;b&gt;Médicos&lt;/b&gt;: los médicos que está considerando, qué habla a favor de cada uno y hasta dónde ha llegado con ellos.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="132"/>
        <source>&lt;b&gt;Questions&lt;/b&gt;: five standard questions to start with. Add your own, put them in order and choose which to bring to the next visit.</source>
        <translation>&lt;b&gt;Preguntas&lt;/b&gt;: cinco preguntas estándar para empezar. Añada las suyas, ordénelas y elija cuáles llevar a la próxima consulta.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="136"/>
        <source>&lt;b&gt;Visits &amp;amp; feelings&lt;/b&gt;: after a visit, write down what the doctor said, whether they agree with the first diagnosis, what they suggest, and how the visit felt. How you felt counts too.</source>
        <translation>&lt;b&gt;Consultas y sensaciones&lt;/b&gt;: después de una consulta, anote lo que dijo el médico, si coincide con el primer diagnóstico, qué sugiere y cómo se sintió en la consulta. Cómo se sintió también cuenta.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="141"/>
        <source>&lt;b&gt;Compare&lt;/b&gt;: two or three visits side by side. Where the doctors differ is marked, and the app tells you when a third opinion may help.</source>
        <translation>&lt;b&gt;Comparar&lt;/b&gt;: dos o tres consultas una junto a otra. Se marca dónde difieren los médicos, y la aplicación le avisa cuando una tercera opinión puede ayudar.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="147"/>
        <source>Before an appointment</source>
        <translation>Antes de una cita</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="150"/>
        <source>&lt;b&gt;File › Export › Appointment packet&lt;/b&gt; makes the PDF. Choose the sections and the paper size; each question comes with room to write the answer.</source>
        <translation>&lt;b&gt;Archivo › Exportar › Carpeta para la cita&lt;/b&gt; crea el PDF. Elija las secciones y el tamaño del papel; cada pregunta trae espacio para escribir la respuesta.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="157"/>
        <source>Your data</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="160"/>
        <source>Everything you type is saved at once; there is no Save button. The whole journal is one file on this computer. You can protect it with a passphrase, and make a backup copy from the File menu.</source>
        <translation>Todo lo que escribe se guarda al instante; no hay botón Guardar. Todo el diario es un solo archivo en este equipo. Puede protegerlo con una frase de contraseña y hacer una copia de seguridad desde el menú Archivo.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="164"/>
        <source>Second Opinion never connects to the internet.</source>
        <translation>Second Opinion nunca se conecta a internet.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="168"/>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="171"/>
        <source>Every command can be reached from the keyboard; shortcuts are shown next to the commands in the menus. Ctrl+1 to Ctrl+7 switch tabs, Ctrl+K goes to the concern picker and F1 opens this page.</source>
        <translation>Todas las órdenes se pueden usar desde el teclado; los atajos aparecen junto a las órdenes en los menús. Ctrl+1 a Ctrl+7 cambian de pestaña, Ctrl+K va al selector de inquietudes y F1 abre esta página.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="41"/>
        <source>&amp;How to use Second Opinion</source>
        <translation>&amp;Cómo usar Second Opinion</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/help.py" line="47"/>
        <source>&amp;About Second Opinion</source>
        <translation>&amp;Acerca de Second Opinion</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../secondopinion/ui/language.py" line="106"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/language.py" line="111"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>ListSection</name>
    <message>
        <location filename="../../secondopinion/ui/summary_list.py" line="81"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/summary_list.py" line="83"/>
        <source>Delete the selected rows (Delete); Ctrl+Z undoes</source>
        <translation>Elimina las filas seleccionadas (Supr); Ctrl+Z lo deshace</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/summary_list.py" line="101"/>
        <source>The journal is closed; this was not saved.</source>
        <translation>El diario está cerrado; esto no se guardó.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../secondopinion/ui/main_window.py" line="51"/>
        <source>Second Opinion</source>
        <translation>Second Opinion</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_window.py" line="188"/>
        <source>Not saved: {problem}</source>
        <translation>No guardado: {problem}</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_window.py" line="195"/>
        <source>All changes saved · {time}</source>
        <translation>Todos los cambios guardados · {time}</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_window.py" line="202"/>
        <source>Not done: {problem}</source>
        <translation>No se hizo: {problem}</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_window.py" line="214"/>
        <source>Some of what you typed is not saved yet.</source>
        <translation>Parte de lo que escribió aún no se ha guardado.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_window.py" line="216"/>
        <source>Save again</source>
        <translation>Guardar de nuevo</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_window.py" line="185"/>
        <location filename="../../secondopinion/ui/main_window.py" line="191"/>
        <location filename="../../secondopinion/ui/main_window.py" line="213"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/journal_files.py" line="86"/>
        <source>{name} is damaged: its first page cannot be read.</source>
        <translation>{name} está dañado: no se puede leer su primera página.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/journal_files.py" line="104"/>
        <source>Journal already open</source>
        <translation>El diario ya está abierto</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/journal_files.py" line="115"/>
        <source>Cannot open journal</source>
        <translation>No se puede abrir el diario</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_window.py" line="147"/>
        <source>{name} — Second Opinion</source>
        <translation>{name} — Second Opinion</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/journal_files.py" line="149"/>
        <location filename="../../secondopinion/ui/journal_files.py" line="163"/>
        <source>New journal</source>
        <translation>Nuevo diario</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/journal_files.py" line="151"/>
        <source>Second Opinion journals (*.sojournal);;All files (*)</source>
        <translation>Diarios de Second Opinion (*.sojournal);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/journal_files.py" line="164"/>
        <source>{name} already exists.</source>
        <translation>{name} ya existe.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/journal_files.py" line="178"/>
        <source>Open journal</source>
        <translation>Abrir diario</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/journal_files.py" line="180"/>
        <source>Second Opinion journals (*.sojournal *.db);;All files (*)</source>
        <translation>Diarios de Second Opinion (*.sojournal *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/journal_files.py" line="204"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/json_transfer.py" line="39"/>
        <source>Export journal as JSON</source>
        <translation>Exportar el diario como JSON</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/json_transfer.py" line="41"/>
        <location filename="../../secondopinion/ui/json_transfer.py" line="74"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/json_transfer.py" line="50"/>
        <source>Exporting to {name}…</source>
        <translation>Exportando a {name}…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/json_transfer.py" line="55"/>
        <source>Exported to {name}</source>
        <translation>Exportado a {name}</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/json_transfer.py" line="59"/>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/json_transfer.py" line="61"/>
        <source>the JSON export</source>
        <translation>la exportación JSON</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/json_transfer.py" line="72"/>
        <location filename="../../secondopinion/ui/json_transfer.py" line="90"/>
        <source>Import JSON</source>
        <translation>Importar JSON</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/json_transfer.py" line="83"/>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/json_transfer.py" line="105"/>
        <source>Imported {name}</source>
        <translation>Importado {name}</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/json_transfer.py" line="112"/>
        <source>Import failed</source>
        <translation>Falló la importación</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/json_transfer.py" line="119"/>
        <source>the JSON import</source>
        <translation>la importación JSON</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="44"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="48"/>
        <source>&amp;New journal…</source>
        <translation>&amp;Nuevo diario…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="55"/>
        <source>&amp;Open journal…</source>
        <translation>&amp;Abrir diario…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="60"/>
        <source>Recent &amp;journals</source>
        <translation>Diarios &amp;recientes</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="64"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="69"/>
        <source>Appointment &amp;packet (PDF)…</source>
        <translation>&amp;Carpeta para la cita (PDF)…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="76"/>
        <source>&amp;Calendar of planned visits (.ics)…</source>
        <translation>&amp;Calendario de consultas previstas (.ics)…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="83"/>
        <source>Patient &amp;summary (FHIR IPS)…</source>
        <translation>&amp;Resumen del paciente (FHIR IPS)…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="90"/>
        <source>&amp;Journal as JSON…</source>
        <translation>&amp;Diario como JSON…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="97"/>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importar JSON…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="104"/>
        <source>Import &amp;records…</source>
        <translation>Importar &amp;documentos médicos…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="112"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="117"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="118"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="120"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="125"/>
        <source>&amp;Concern</source>
        <translation>&amp;Inquietud</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="92"/>
        <source>&amp;New concern…</source>
        <translation>&amp;Nueva inquietud…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="98"/>
        <source>&amp;Rename concern…</source>
        <translation>&amp;Cambiar el nombre de la inquietud…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="104"/>
        <location filename="../../secondopinion/ui/concern_bar.py" line="212"/>
        <source>&amp;Archive concern</source>
        <translation>&amp;Archivar la inquietud</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="110"/>
        <source>&amp;Show archived concerns</source>
        <translation>&amp;Mostrar las inquietudes archivadas</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="117"/>
        <source>&amp;Choose concern</source>
        <translation>&amp;Elegir inquietud</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/concern_bar.py" line="210"/>
        <source>&amp;Restore concern</source>
        <translation>&amp;Restaurar la inquietud</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="130"/>
        <source>Vie&amp;w</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/main_menus.py" line="136"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
</context>
<context>
    <name>NewDoctorDialog</name>
    <message>
        <location filename="../../secondopinion/ui/visit_form.py" line="60"/>
        <source>New doctor</source>
        <translation>Nuevo médico</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_form.py" line="62"/>
        <source>The rest can be filled in on the Doctors tab.</source>
        <translation>El resto se puede completar en la pestaña Médicos.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_form.py" line="69"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_form.py" line="70"/>
        <source>&amp;Specialty</source>
        <translation>&amp;Especialidad</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_form.py" line="71"/>
        <source>&amp;Institution</source>
        <translation>&amp;Institución</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_form.py" line="72"/>
        <source>Healthcare s&amp;ystem</source>
        <translation>&amp;Sistema de salud</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_form.py" line="99"/>
        <source>A doctor needs a name.</source>
        <translation>Un médico necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>NextStepsTab</name>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="87"/>
        <source>What to do next</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="95"/>
        <source>Most urgent first. Each item opens the place where you deal with it.</source>
        <translation>Lo más urgente primero. Cada elemento abre el lugar donde se atiende.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="104"/>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="118"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="120"/>
        <source>Go to the place where this is done (Enter)</source>
        <translation>Ir al lugar donde se hace esto (Intro)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="122"/>
        <source>Prepare the &amp;packet…</source>
        <translation>Preparar la &amp;carpeta…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="125"/>
        <source>Export the appointment packet for this visit, with the questions to bring</source>
        <translation>Exportar la carpeta para la cita de esta consulta, con las preguntas que llevar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="151"/>
        <source>the doctor</source>
        <translation>el médico</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="155"/>
        <source>Your next visit: {who}, {when}.</source>
        <translation>Su próxima consulta: {who}, {when}.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="157"/>
        <source>Your next visit: {who}, {when}, at {where}.</source>
        <translation>Su próxima consulta: {who}, {when}, en {where}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="162"/>
        <source>Prepare the packet; %n question(s) to bring.</source>
        <translation>
            <numerusform>Prepare la carpeta; %n pregunta que llevar.</numerusform>
            <numerusform>Prepare la carpeta; %n preguntas que llevar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="166"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="168"/>
        <source>Prepare the packet, and tick the questions to bring.</source>
        <translation>Prepare la carpeta y marque las preguntas que llevará.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="173"/>
        <source>Write down what {who} said on {when}, and how the visit felt.</source>
        <translation>Anote lo que dijo {who} el {when} y cómo se sintió en la consulta.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="176"/>
        <source>Write down what {who} said on {when}.</source>
        <translation>Anote lo que dijo {who} el {when}.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="177"/>
        <source>Note how the visit with {who} on {when} felt.</source>
        <translation>Anote cómo se sintió en la consulta con {who} del {when}.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="181"/>
        <source>the provider</source>
        <translation>el centro</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="182"/>
        <source>{kind} from {source} was due on {when}: follow it up.</source>
        <translation>{kind} de {source} vencía el {when}: haga el seguimiento.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="187"/>
        <source>Ask {source} for the {kind}.</source>
        <translation>Pida a {source}: {kind}.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="190"/>
        <source>Ask for the {kind}, and note who has it.</source>
        <translation>Pida {kind} y anote quién lo tiene.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="193"/>
        <source>%n question(s) still open: bring them to your next visit.</source>
        <translation>
            <numerusform>%n pregunta aún pendiente: llévela a su próxima consulta.</numerusform>
            <numerusform>%n preguntas aún pendientes: llévelas a su próxima consulta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="197"/>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="198"/>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="199"/>
        <source>abnormal</source>
        <translation>anormal</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="201"/>
        <source>{test} was {flag} ({value}) on {when}: ask about it.</source>
        <translation>{test} salió {flag} ({value}) el {when}: pregunte por ello.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="204"/>
        <source>{test} was {flag} ({value}): ask about it.</source>
        <translation>{test} salió {flag} ({value}): pregunte por ello.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="208"/>
        <source>The opinions so far disagree. A third opinion may help: compare them side by side.</source>
        <translation>Las opiniones hasta ahora no coinciden. Una tercera opinión puede ayudar: compárelas una junto a otra.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="214"/>
        <source>Next, choose a doctor for another opinion on the Doctors tab (Ctrl+4).</source>
        <translation>Ahora, elija un médico para otra opinión en la pestaña Médicos (Ctrl+4).</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="217"/>
        <source>Next, plan your visit on the Visits &amp; feelings tab (New visit), with its date, time and place.</source>
        <translation>Ahora, planifique su consulta en la pestaña Consultas y sensaciones (Nueva consulta), con su fecha, hora y lugar.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="221"/>
        <source>Next, look at the opinions side by side on the Compare tab (Ctrl+7).</source>
        <translation>Ahora, vea las opiniones una junto a otra en la pestaña Comparar (Ctrl+7).</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="224"/>
        <source>Keep noting how your symptoms go on the Signs tab (Ctrl+2): it is what the next doctor will ask.</source>
        <translation>Siga anotando cómo van sus síntomas en la pestaña Señales (Ctrl+2): es lo que preguntará el próximo médico.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="278"/>
        <source>Nothing is waiting for you on this concern.</source>
        <translation>No hay nada pendiente en esta inquietud.</translation>
    </message>
</context>
<context>
    <name>OtherExports</name>
    <message>
        <location filename="../../secondopinion/ui/other_exports.py" line="45"/>
        <source>Exported to {name}</source>
        <translation>Exportado a {name}</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/other_exports.py" line="46"/>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/other_exports.py" line="54"/>
        <source>Export planned visits to a calendar</source>
        <translation>Exportar las consultas previstas a un calendario</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/other_exports.py" line="56"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/other_exports.py" line="65"/>
        <source>Export the patient summary (FHIR IPS)</source>
        <translation>Exportar el resumen del paciente (FHIR IPS)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/other_exports.py" line="67"/>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>PdfPasswordDialog</name>
    <message>
        <location filename="../../secondopinion/ui/pdf_password.py" line="47"/>
        <source>Protect the PDF with a password</source>
        <translation>Proteger el PDF con una contraseña</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/pdf_password.py" line="51"/>
        <source>Whoever receives the PDF needs this password to open it. Tell it to the doctor another way: by phone, in person or by text message, never in the same email as the PDF. The password is not kept anywhere: if you forget it, export again.</source>
        <translation>Quien reciba el PDF necesita esta contraseña para abrirlo. Dígasela al médico por otra vía: por teléfono, en persona o por mensaje de texto, nunca en el mismo correo que el PDF. La contraseña no se guarda en ningún sitio: si la olvida, vuelva a exportar.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/pdf_password.py" line="63"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/pdf_password.py" line="67"/>
        <source>Password again</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/pdf_password.py" line="70"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/pdf_password.py" line="72"/>
        <source>&amp;Again:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/pdf_password.py" line="79"/>
        <source>At least {n} characters; a short sentence is easy to say.</source>
        <translation>Al menos {n} caracteres; una frase corta es fácil de decir.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/pdf_password.py" line="86"/>
        <source>&amp;Protect</source>
        <translation>&amp;Proteger</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="49"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="50"/>
        <source>The person this journal is about</source>
        <translation>La persona de quien trata este diario</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="56"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="62"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="62"/>
        <source>Date of &amp;birth:</source>
        <translation>Fecha de na&amp;cimiento:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="70"/>
        <source>Contact &amp;details…</source>
        <translation>&amp;Datos de contacto…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="73"/>
        <source>Address, phone and email for request letters, and the law they cite</source>
        <translation>Dirección, teléfono y correo electrónico para las cartas de solicitud, y la ley que citan</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/health_summary.py" line="134"/>
        <source>(1 year old)</source>
        <translation>(1 año)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/health_summary.py" line="134"/>
        <source>(%n years old)</source>
        <translation>
            <numerusform>(%n año)</numerusform>
            <numerusform>(%n años)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionDetail</name>
    <message>
        <location filename="../../secondopinion/ui/question_detail.py" line="52"/>
        <source>Select a question to reword it and see what each doctor answered.</source>
        <translation>Seleccione una pregunta para reformularla y ver qué respondió cada médico.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_detail.py" line="58"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_detail.py" line="60"/>
        <source>Wordin&amp;g</source>
        <translation>&amp;Redacción</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/question_detail.py" line="61"/>
        <source>&amp;Bring to the next visit</source>
        <translation>&amp;Llevar a la próxima consulta</translation>
    </message>
</context>
<context>
    <name>QuestionsTab</name>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="77"/>
        <source>Questions for my doctors</source>
        <translation>Preguntas para mis médicos</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="81"/>
        <source>Tick the questions to bring to your next visit. Drag a question, or use Ctrl+Up and Ctrl+Down, to change the order; double-click one to reword it.</source>
        <translation>Marque las preguntas que llevará a su próxima consulta. Arrastre una pregunta, o use Ctrl+Arriba y Ctrl+Abajo, para cambiar el orden; haga doble clic en una para reformularla.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="90"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="95"/>
        <source>Filter questions…</source>
        <translation>Filtrar preguntas…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="95"/>
        <source>Filter questions</source>
        <translation>Filtrar preguntas</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="100"/>
        <source>Fil&amp;ter:</source>
        <translation>Fil&amp;trar:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="97"/>
        <source>Show ret&amp;ired</source>
        <translation>Mostrar &amp;retiradas</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="123"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="123"/>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="124"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="124"/>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="131"/>
        <location filename="../../secondopinion/ui/questions_tab.py" line="265"/>
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="134"/>
        <source>Put the selected questions aside; “Show retired” brings them back</source>
        <translation>Aparta las preguntas seleccionadas; «Mostrar retiradas» las recupera</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="137"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="139"/>
        <source>Delete the selected questions (Delete); Ctrl+Z undoes it</source>
        <translation>Elimina las preguntas seleccionadas (Supr); Ctrl+Z lo deshace</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="147"/>
        <source>&amp;New question:</source>
        <translation>&amp;Nueva pregunta:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="149"/>
        <source>New question</source>
        <translation>Nueva pregunta</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="150"/>
        <source>Something else I want to ask…</source>
        <translation>Otra cosa que quiero preguntar…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="152"/>
        <source>Add the question to the end of the list (Enter)</source>
        <translation>Añadir la pregunta al final de la lista (Intro)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="171"/>
        <source>Order: drag, or Ctrl+Up/Ctrl+Down</source>
        <translation>Orden: arrastre, o Ctrl+Arriba/Ctrl+Abajo</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="174"/>
        <source>Bring</source>
        <translation>Llevar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="178"/>
        <source>Bring this question to the next visit</source>
        <translation>Llevar esta pregunta a la próxima consulta</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="181"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="191"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="241"/>
        <source>No questions yet. Type one below and press Enter.</source>
        <translation>Todavía no hay preguntas. Escriba una abajo y pulse Intro.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="244"/>
        <source>Every question is retired. Tick “Show retired” to bring one back, or add one.</source>
        <translation>Todas las preguntas están retiradas. Marque «Mostrar retiradas» para recuperar una, o añada una.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="247"/>
        <source>No question matches the filter.</source>
        <translation>Ninguna pregunta coincide con el filtro.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/questions_tab.py" line="255"/>
        <source>%n questions</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/questions_tab.py" line="256"/>
        <source>%n to bring next time</source>
        <translation>
            <numerusform>%n para llevar la próxima vez</numerusform>
            <numerusform>%n para llevar la próxima vez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/questions_tab.py" line="259"/>
        <source>⚠ %n still open</source>
        <translation>
            <numerusform>⚠ %n aún pendiente</numerusform>
            <numerusform>⚠ %n aún pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/questions_tab.py" line="261"/>
        <source>%n retired</source>
        <translation>
            <numerusform>%n retirada</numerusform>
            <numerusform>%n retiradas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="265"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="310"/>
        <source>Add question</source>
        <translation>Añadir pregunta</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="332"/>
        <source>Delete questions</source>
        <translation>Eliminar preguntas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/questions_tab.py" line="334"/>
        <source>Visits recorded %n answers to these questions; deleting the questions deletes those answers too. Retiring keeps them. Delete anyway?</source>
        <translation>
            <numerusform>Hay %n respuesta anotada en consultas a estas preguntas; eliminar las preguntas también la elimina. Retirarlas la conserva. ¿Eliminar de todos modos?</numerusform>
            <numerusform>Hay %n respuestas anotadas en consultas a estas preguntas; eliminar las preguntas también las elimina. Retirarlas las conserva. ¿Eliminar de todos modos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/questions_tab.py" line="342"/>
        <source>Delete %n questions</source>
        <translation>
            <numerusform>Eliminar %n pregunta</numerusform>
            <numerusform>Eliminar %n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="355"/>
        <source>Retire questions</source>
        <translation>Retirar preguntas</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="355"/>
        <source>Restore questions</source>
        <translation>Restaurar preguntas</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/questions_tab.py" line="391"/>
        <source>Reorder questions</source>
        <translation>Reordenar preguntas</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../../secondopinion/ui/records_tab.py" line="37"/>
        <source>Record req&amp;uests</source>
        <translation>&amp;Solicitudes de documentos</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_tab.py" line="38"/>
        <source>Health su&amp;mmary</source>
        <translation>&amp;Resumen de salud</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_tab.py" line="40"/>
        <source>Re&amp;sults</source>
        <translation>Re&amp;sultados</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_tab.py" line="41"/>
        <source>The records you are gathering for this concern</source>
        <translation>Los documentos que está reuniendo para esta inquietud</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_tab.py" line="42"/>
        <source>Medications, allergies, conditions and procedures: kept once for the whole journal</source>
        <translation>Medicamentos, alergias, afecciones y procedimientos: se guardan una vez para todo el diario</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/records_tab.py" line="44"/>
        <source>Test results over time, with their reference ranges</source>
        <translation>Resultados de pruebas a lo largo del tiempo, con sus rangos de referencia</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="31"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="63"/>
        <source>Provider&apos;s a&amp;ddress</source>
        <translation>&amp;Dirección del centro</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="66"/>
        <source>Records department, street, town: where the letter goes</source>
        <translation>Departamento de archivo, calle, localidad: adónde va la carta</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="68"/>
        <source>Provider&apos;s e&amp;mail</source>
        <translation>&amp;Correo electrónico del centro</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="69"/>
        <source>Provider&apos;s fa&amp;x</source>
        <translation>Fa&amp;x del centro</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="71"/>
        <source>Your record n&amp;umber there</source>
        <translation>Su &amp;número de historia allí</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="73"/>
        <source>Patient or medical record number, if you know it</source>
        <translation>Número de paciente o de historia clínica, si lo sabe</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="75"/>
        <source>Records fr&amp;om</source>
        <translation>Documentos &amp;desde</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="76"/>
        <source>Records &amp;to</source>
        <translation>Documentos &amp;hasta</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="78"/>
        <source>Deli&amp;very</source>
        <translation>&amp;Entrega</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="83"/>
        <source>Send to &amp;doctor</source>
        <translation>Enviar al &amp;médico</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="87"/>
        <source>A doctor from the Doctors tab; the letter asks to send the records there</source>
        <translation>Un médico de la pestaña Médicos; la carta pide que le envíen los documentos</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="94"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="97"/>
        <source>Who you spoke to, reference numbers, what they promised…</source>
        <translation>Con quién habló, números de referencia, qué le prometieron…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="103"/>
        <source>Set the status to Requested when you ask: the due date becomes the provider&apos;s legal deadline (30 days in the US, one month under the GDPR). Double-click a cell or press F2 to change it.</source>
        <translation>Ponga el estado en Solicitado cuando lo pida: la fecha límite pasa a ser el plazo legal del centro (30 días en EE. UU., un mes según el RGPD). Haga doble clic en una celda o pulse F2 para cambiarlo.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="146"/>
        <source>(none chosen)</source>
        <translation>(ninguno elegido)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="164"/>
        <source>No request chosen</source>
        <translation>Ninguna solicitud elegida</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="165"/>
        <source>Choose a request in the list to see its notes and files.</source>
        <translation>Elija una solicitud de la lista para ver sus notas y archivos.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="169"/>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="172"/>
        <source>asked %1</source>
        <translation>pedido el %1</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="174"/>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="176"/>
        <source>letter sent %1</source>
        <translation>carta enviada el %1</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="179"/>
        <source>extended (notice of %1)</source>
        <translation>prorrogado (aviso del %1)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="185"/>
        <source>follow-up sent %1</source>
        <translation>seguimiento enviado el %1</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/request_detail.py" line="189"/>
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="88"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="91"/>
        <source>Show which requests</source>
        <translation>Qué solicitudes mostrar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="92"/>
        <source>All requests</source>
        <translation>Todas las solicitudes</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="93"/>
        <source>Still missing</source>
        <translation>Aún pendientes</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="94"/>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="99"/>
        <source>F&amp;ilter:</source>
        <translation>F&amp;iltrar:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="102"/>
        <source>Filter record requests</source>
        <translation>Filtrar solicitudes de documentos</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="103"/>
        <source>Kind, source, notes…</source>
        <translation>Tipo, origen, notas…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="109"/>
        <source>S&amp;tandard set</source>
        <translation>Conjunto es&amp;tándar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="112"/>
        <source>Add the six records nearly every second opinion needs (skips those listed)</source>
        <translation>Añade los seis documentos que casi toda segunda opinión necesita (omite los que ya están)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="229"/>
        <source>%1 · overdue</source>
        <translation>%1 · vencida</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="237"/>
        <source>extended</source>
        <translation>prorrogada</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="239"/>
        <source>follow-up sent</source>
        <translation>seguimiento enviado</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="248"/>
        <source>Overdue by a day: time to call and ask again.</source>
        <translation>Vencida hace un día: es momento de llamar y volver a pedirlo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/record_requests.py" line="249"/>
        <source>Overdue by %n days: time to call and ask again.</source>
        <translation>
            <numerusform>Vencida hace %n día: es momento de llamar y volver a pedirlo.</numerusform>
            <numerusform>Vencida hace %n días: es momento de llamar y volver a pedirlo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="313"/>
        <source>No records on the list yet.</source>
        <translation>Todavía no hay documentos en la lista.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="317"/>
        <source>The one record on the list is in hand.</source>
        <translation>El único documento de la lista ya está en sus manos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/record_requests.py" line="318"/>
        <source>All %n records are in hand.</source>
        <translation>
            <numerusform>El %n documento ya está en sus manos.</numerusform>
            <numerusform>Los %n documentos ya están en sus manos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/record_requests.py" line="322"/>
        <source>%1 of %n records still missing</source>
        <translation>
            <numerusform>Falta %1 de %n documento</numerusform>
            <numerusform>Faltan %1 de %n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/record_requests.py" line="326"/>
        <source>, %n overdue (past the due date).</source>
        <translation>
            <numerusform>, %n vencido (pasada la fecha límite).</numerusform>
            <numerusform>, %n vencidos (pasada la fecha límite).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="366"/>
        <source>The journal is closed; this was not saved.</source>
        <translation>El diario está cerrado; esto no se guardó.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="385"/>
        <source>Add record request</source>
        <translation>Añadir solicitud de documentos</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="398"/>
        <source>All six standard records are already on the list.</source>
        <translation>Los seis documentos estándar ya están en la lista.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="400"/>
        <source>Add standard set</source>
        <translation>Añadir conjunto estándar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/record_requests.py" line="409"/>
        <source>Added %n requests: %1.</source>
        <translation>
            <numerusform>Se añadió %n solicitud: %1.</numerusform>
            <numerusform>Se añadieron %n solicitudes: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="410"/>
        <source>Added a request: %1.</source>
        <translation>Se añadió una solicitud: %1.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="419"/>
        <source>Delete record request</source>
        <translation>Eliminar solicitud de documentos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/record_requests.py" line="419"/>
        <source>Delete %n record requests</source>
        <translation>
            <numerusform>Eliminar %n solicitud de documentos</numerusform>
            <numerusform>Eliminar %n solicitudes de documentos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/record_requests.py" line="428"/>
        <source>Deleted the request; Edit &gt; Undo brings it back.</source>
        <translation>Se eliminó la solicitud; Editar &gt; Deshacer la recupera.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/record_requests.py" line="429"/>
        <source>Deleted %n requests; Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>Se eliminó %n solicitud; Editar &gt; Deshacer la recupera.</numerusform>
            <numerusform>Se eliminaron %n solicitudes; Editar &gt; Deshacer las recupera.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="150"/>
        <source>Find in journal</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="164"/>
        <source>&amp;Search for:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="167"/>
        <source>Search for</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="168"/>
        <source>Words from anything you wrote, e.g. fibroids MRI</source>
        <translation>Palabras de cualquier cosa que haya escrito, p. ej. miomas resonancia</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="183"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="184"/>
        <source>Concern</source>
        <translation>Inquietud</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="185"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="186"/>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="194"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="219"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="253"/>
        <source>Open a journal to search it.</source>
        <translation>Abra un diario para buscar en él.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="258"/>
        <source>Type a word or the start of one; every word you type must match.</source>
        <translation>Escriba una palabra o su comienzo; cada palabra que escriba debe coincidir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/search_dialog.py" line="276"/>
        <source>Only the first %n words are searched.</source>
        <translation>
            <numerusform>Solo se busca la primera %n palabra.</numerusform>
            <numerusform>Solo se buscan las primeras %n palabras.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="278"/>
        <source>Nothing in this journal matches.</source>
        <translation>Nada en este diario coincide.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/search_dialog.py" line="282"/>
        <source>The best {shown} of {total} matching entries; add a word to narrow it down.</source>
        <translation>Las {shown} mejores de {total} entradas que coinciden; añada una palabra para afinar la búsqueda.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/search_dialog.py" line="286"/>
        <source>%n matching entries</source>
        <translation>
            <numerusform>%n entrada coincide</numerusform>
            <numerusform>%n entradas coinciden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignsTab</name>
    <message>
        <location filename="../../secondopinion/ui/signs_tab.py" line="79"/>
        <source>The diagnosis in question</source>
        <translation>El diagnóstico en cuestión</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/signs_tab.py" line="81"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/signs_tab.py" line="81"/>
        <source>A short name for this concern</source>
        <translation>Un nombre corto para esta inquietud</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/signs_tab.py" line="82"/>
        <source>Original &amp;diagnosis</source>
        <translation>&amp;Diagnóstico original</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/signs_tab.py" line="83"/>
        <source>Diagnosed &amp;by</source>
        <translation>Diagnosticado &amp;por</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/signs_tab.py" line="83"/>
        <source>Doctor, clinic</source>
        <translation>Médico, clínica</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/signs_tab.py" line="84"/>
        <source>Diagnosed o&amp;n</source>
        <translation>Diagnosticado &amp;el</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/signs_tab.py" line="85"/>
        <source>&amp;Proposed treatment</source>
        <translation>Tratamiento pr&amp;opuesto</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/signs_tab.py" line="87"/>
        <source>What I want &amp;clarified</source>
        <translation>Lo que quiero a&amp;clarar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/signs_tab.py" line="90"/>
        <source>The question you want the next doctor to answer</source>
        <translation>La pregunta que quiere que responda el próximo médico</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/signs_tab.py" line="92"/>
        <source>&amp;Status</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/sign_list_panel.py" line="37"/>
        <source>Why I want another opinion</source>
        <translation>Por qué quiero otra opinión</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/sign_list_panel.py" line="40"/>
        <source>Tick what applies and say why in the note.</source>
        <translation>Marque lo que corresponda y explique por qué en la nota.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/sign_list_panel.py" line="46"/>
        <source>Sign</source>
        <translation>Señal</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/sign_list_panel.py" line="54"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/sign_list_panel.py" line="65"/>
        <source>Signs</source>
        <translation>Señales</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/sign_list_panel.py" line="86"/>
        <source>Another reason of my own…</source>
        <translation>Otro motivo mío…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/sign_list_panel.py" line="88"/>
        <source>New sign</source>
        <translation>Nueva señal</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/sign_list_panel.py" line="90"/>
        <source>&amp;Add sign</source>
        <translation>&amp;Añadir señal</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/sign_list_panel.py" line="93"/>
        <location filename="../../secondopinion/ui/sign_list_panel.py" line="181"/>
        <source>Remove sign</source>
        <translation>Quitar señal</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/sign_list_panel.py" line="96"/>
        <source>Remove the selected sign of your own (Delete)</source>
        <translation>Quita la señal propia seleccionada (Supr)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/sign_list_panel.py" line="142"/>
        <source>Standard signs cannot be reworded; add your own.</source>
        <translation>Las señales estándar no se pueden reformular; añada las suyas.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/sign_list_panel.py" line="158"/>
        <source>Add sign</source>
        <translation>Añadir señal</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/sign_list_panel.py" line="173"/>
        <source>Standard signs stay in the list; untick them if they do not apply.</source>
        <translation>Las señales estándar se quedan en la lista; desmárquelas si no corresponden.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="56"/>
        <source>Severity over time</source>
        <translation>Intensidad a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="58"/>
        <source>Show s&amp;ymptom:</source>
        <translation>Mostrar s&amp;íntoma:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="62"/>
        <source>Show symptom</source>
        <translation>Mostrar síntoma</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="75"/>
        <source>Dashed lines (T1, T2…) mark treatment changes.</source>
        <translation>Las líneas discontinuas (T1, T2…) marcan los cambios de tratamiento.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="82"/>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="164"/>
        <source>Symptom log</source>
        <translation>Registro de síntomas</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="86"/>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="132"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="93"/>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="95"/>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="138"/>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="105"/>
        <source>Severity from 0 to 10</source>
        <translation>Intensidad de 0 a 10</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="108"/>
        <source>0 = none, 10 = worst imaginable</source>
        <translation>0 = nada, 10 = lo peor imaginable</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="112"/>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="113"/>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="150"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="117"/>
        <source>Add &amp;entry</source>
        <translation>Añadir &amp;anotación</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="143"/>
        <source>Severity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="179"/>
        <source>Delete entry</source>
        <translation>Eliminar anotación</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="182"/>
        <source>Delete the selected entries (Delete); Ctrl+Z brings them back</source>
        <translation>Elimina las anotaciones seleccionadas (Supr); Ctrl+Z las recupera</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="260"/>
        <source>All symptoms</source>
        <translation>Todos los síntomas</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/symptom_log_panel.py" line="322"/>
        <source>Add symptom entry</source>
        <translation>Añadir anotación de síntoma</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/treatment_changes_panel.py" line="35"/>
        <location filename="../../secondopinion/ui/treatment_changes_panel.py" line="85"/>
        <source>Treatment changes</source>
        <translation>Cambios de tratamiento</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/treatment_changes_panel.py" line="40"/>
        <source>Date of the change</source>
        <translation>Fecha del cambio</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/treatment_changes_panel.py" line="47"/>
        <source>What changed, e.g. started iron 200 mg</source>
        <translation>Qué cambió, p. ej. empecé hierro 200 mg</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/treatment_changes_panel.py" line="49"/>
        <location filename="../../secondopinion/ui/treatment_changes_panel.py" line="74"/>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/treatment_changes_panel.py" line="52"/>
        <source>Add c&amp;hange</source>
        <translation>Añadir &amp;cambio</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/treatment_changes_panel.py" line="55"/>
        <source>Delete change</source>
        <translation>Eliminar cambio</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/treatment_changes_panel.py" line="68"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/treatment_changes_panel.py" line="126"/>
        <source>Add treatment change</source>
        <translation>Añadir cambio de tratamiento</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/treatment_changes_panel.py" line="137"/>
        <source>Delete treatment change</source>
        <translation>Eliminar cambio de tratamiento</translation>
    </message>
</context>
<context>
    <name>StartupFrame</name>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="36"/>
        <source>Second Opinion</source>
        <translation>Second Opinion</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="41"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="42"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="43"/>
        <source>&amp;Concern</source>
        <translation>&amp;Inquietud</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="44"/>
        <source>Vie&amp;w</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="45"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="52"/>
        <source>Concern:</source>
        <translation>Inquietud:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="57"/>
        <source>New…</source>
        <translation>Nueva…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="57"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="57"/>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="67"/>
        <source>&amp;Next steps</source>
        <translation>Pró&amp;ximos pasos</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="68"/>
        <source>&amp;Signs</source>
        <translation>&amp;Señales</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="69"/>
        <source>&amp;Records</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="70"/>
        <source>&amp;Doctors</source>
        <translation>&amp;Médicos</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="71"/>
        <source>&amp;Questions</source>
        <translation>&amp;Preguntas</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="72"/>
        <source>&amp;Visits &amp;&amp; feelings</source>
        <translation>&amp;Consultas y sensaciones</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/startup.py" line="73"/>
        <source>C&amp;ompare</source>
        <translation>C&amp;omparar</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <location filename="../../secondopinion/ui/next_steps_tab.py" line="65"/>
        <source>Enter or double-click opens it.</source>
        <translation>Intro o doble clic lo abre.</translation>
    </message>
</context>
<context>
    <name>VisitAnswers</name>
    <message>
        <location filename="../../secondopinion/ui/visit_answers.py" line="54"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_answers.py" line="60"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_answers.py" line="62"/>
        <source>⚠ Not answered: still open</source>
        <translation>⚠ Sin respuesta: aún pendiente</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_answers.py" line="71"/>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_answers.py" line="85"/>
        <source>Ans&amp;wer</source>
        <translation>&amp;Respuesta</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_answers.py" line="90"/>
        <source>Add a q&amp;uestion:</source>
        <translation>Añadir una pre&amp;gunta:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_answers.py" line="93"/>
        <source>Question to add to this visit</source>
        <translation>Pregunta que añadir a esta consulta</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_answers.py" line="99"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_answers.py" line="101"/>
        <source>Add the chosen question to this visit</source>
        <translation>Añadir la pregunta elegida a esta consulta</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_answers.py" line="103"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_answers.py" line="105"/>
        <source>Take the selected question off this visit (Delete)</source>
        <translation>Quitar la pregunta seleccionada de esta consulta (Supr)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_answers.py" line="146"/>
        <source>No questions recorded for this visit. Choose one below and press Add; questions ticked “Bring” on the Questions tab come with every new visit.</source>
        <translation>No hay preguntas anotadas para esta consulta. Elija una abajo y pulse Añadir; las preguntas marcadas «Llevar» en la pestaña Preguntas vienen con cada nueva consulta.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_answers.py" line="151"/>
        <source>What the doctor said to each question you brought.</source>
        <translation>Lo que dijo el médico a cada pregunta que llevó.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_answers.py" line="164"/>
        <source>(every active question is here)</source>
        <translation>(todas las preguntas activas están aquí)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visit_answers.py" line="199"/>
        <source>Add question to visit</source>
        <translation>Añadir pregunta a la consulta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../secondopinion/ui/visit_answers.py" line="216"/>
        <source>Remove %n questions from the visit</source>
        <translation>
            <numerusform>Quitar %n pregunta de la consulta</numerusform>
            <numerusform>Quitar %n preguntas de la consulta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../secondopinion/ui/visit_form.py" line="47"/>
        <source>A visit needs its date (YYYY-MM-DD).</source>
        <translation>Una consulta necesita su fecha (AAAA-MM-DD).</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="70"/>
        <source>Visits about this concern</source>
        <translation>Consultas sobre esta inquietud</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="73"/>
        <source>Visits</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="77"/>
        <source>Filter by doctor, diagnosis…</source>
        <translation>Filtrar por médico, diagnóstico…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="78"/>
        <source>Filter visits</source>
        <translation>Filtrar consultas</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="89"/>
        <source>Fil&amp;ter:</source>
        <translation>Fil&amp;trar:</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="81"/>
        <source>&amp;New visit</source>
        <translation>&amp;Nueva consulta</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="83"/>
        <source>Add a visit; the questions ticked “Bring” come with it</source>
        <translation>Añade una consulta; las preguntas marcadas «Llevar» vienen con ella</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="85"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="87"/>
        <source>Delete the selected visit (Delete); Ctrl+Z brings it back</source>
        <translation>Elimina la consulta seleccionada (Supr); Ctrl+Z la recupera</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="182"/>
        <location filename="../../secondopinion/ui/visits_tab.py" line="266"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="146"/>
        <location filename="../../secondopinion/ui/visits_tab.py" line="184"/>
        <location filename="../../secondopinion/ui/visits_tab.py" line="250"/>
        <source>Doctor</source>
        <translation>Médico</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="94"/>
        <source>Visits that happened</source>
        <translation>Consultas realizadas</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="114"/>
        <location filename="../../secondopinion/ui/visits_tab.py" line="119"/>
        <source>Planned visits</source>
        <translation>Consultas previstas</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="144"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="148"/>
        <location filename="../../secondopinion/ui/visits_tab.py" line="186"/>
        <source>(no doctor)</source>
        <translation>(sin médico)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="150"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="152"/>
        <location filename="../../secondopinion/ui/visits_tab.py" line="189"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="157"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="159"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="159"/>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="194"/>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="198"/>
        <source>Diagnosis given</source>
        <translation>Diagnóstico dado</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="200"/>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="203"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="206"/>
        <source>Questions answered of those brought</source>
        <translation>Preguntas respondidas de las que llevó</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="209"/>
        <source>Trust</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="231"/>
        <source>The o&amp;pinion</source>
        <translation>La o&amp;pinión</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="233"/>
        <source>&amp;Answers to my questions</source>
        <translation>&amp;Respuestas a mis preguntas</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="241"/>
        <source>How it fe&amp;lt</source>
        <translation>&amp;Cómo me sentí</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="255"/>
        <source>New doctor…</source>
        <translation>Nuevo médico…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="257"/>
        <source>Add a doctor who is not in the list yet</source>
        <translation>Añadir un médico que aún no está en la lista</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="268"/>
        <source>Ti&amp;me</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="271"/>
        <source>The time of the appointment (HH:MM), for a planned visit</source>
        <translation>La hora de la cita (HH:MM), para una consulta prevista</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="274"/>
        <source>Pla&amp;ce</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="276"/>
        <source>Where the appointment is: the clinic, the address, the room</source>
        <translation>Dónde es la cita: la clínica, la dirección, la sala</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="278"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="280"/>
        <source>A&amp;greement</source>
        <translation>&amp;Acuerdo</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="283"/>
        <source>Not said</source>
        <translation>No lo dijo</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="284"/>
        <source>Does this doctor agree with the original diagnosis?</source>
        <translation>¿Coincide este médico con el diagnóstico original?</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="286"/>
        <source>D&amp;iagnosis given</source>
        <translation>D&amp;iagnóstico dado</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="287"/>
        <source>Reco&amp;mmended treatment</source>
        <translation>Tratamiento reco&amp;mendado</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="289"/>
        <source>Tests s&amp;uggested</source>
        <translation>Pruebas s&amp;ugeridas</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="290"/>
        <source>Their rationale</source>
        <translation>Su razonamiento</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="291"/>
        <source>What they would do in m&amp;y place</source>
        <translation>Qué harían en &amp;mi lugar</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="292"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="293"/>
        <source>This visit was cancelled</source>
        <translation>Esta consulta se canceló</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="392"/>
        <source>(no doctor yet)</source>
        <translation>(aún sin médico)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="401"/>
        <source>No visits yet. Press New visit (Alt+N) after an appointment, or before one to have your questions ready, then write down the opinion, the answers and how it felt.</source>
        <translation>Todavía no hay consultas. Pulse Nueva consulta (Alt+N) después de una cita, o antes para tener listas sus preguntas; luego anote la opinión, las respuestas y cómo se sintió.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="406"/>
        <source>No visit matches the filter.</source>
        <translation>Ninguna consulta coincide con el filtro.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="430"/>
        <source>This visit was cancelled.</source>
        <translation>Esta consulta se canceló.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="433"/>
        <source>Planned. Before you go, print the packet (File &gt; Export &gt; Appointment packet) and tick the questions to bring on the Questions tab.</source>
        <translation>Prevista. Antes de ir, imprima la carpeta (Archivo &gt; Exportar &gt; Carpeta para la cita) y marque en la pestaña Preguntas las que va a llevar.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="438"/>
        <source>This visit has happened. Write down what the doctor said, the answers to your questions and how the visit felt, while you remember them.</source>
        <translation>Esta consulta ya se realizó. Anote lo que dijo el médico, las respuestas a sus preguntas y cómo se sintió, mientras lo recuerda.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="500"/>
        <source>Add visit</source>
        <translation>Añadir consulta</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="516"/>
        <source>Delete visit of %1</source>
        <translation>Eliminar la consulta del %1</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="520"/>
        <source>Deleted the visit of %1. Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>Se eliminó la consulta del %1. Editar &gt; Deshacer (Ctrl+Z) la recupera.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/visits_tab.py" line="535"/>
        <source>Add doctor</source>
        <translation>Añadir médico</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../secondopinion/ui/welcome_page.py" line="29"/>
        <source>&lt;h2&gt;What would you like a second opinion on?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;¿Sobre qué le gustaría una segunda opinión?&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/welcome_page.py" line="43"/>
        <source>Name the diagnosis or recommendation you want to look at again, for example “Recommended hysterectomy” or “Chronic back pain”. You can add more concerns later.</source>
        <translation>Escriba el diagnóstico o la recomendación que quiere volver a revisar, por ejemplo «Histerectomía recomendada» o «Dolor de espalda crónico». Puede añadir más inquietudes después.</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/welcome_page.py" line="52"/>
        <location filename="../../secondopinion/ui/welcome_page.py" line="53"/>
        <source>Concern title</source>
        <translation>Título de la inquietud</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/welcome_page.py" line="56"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="18"/>
        <source>{0:.1f} KB</source>
        <translation>{0:.1f} KB</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="19"/>
        <source>{0:.1f} MB</source>
        <translation>{0:.1f} MB</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="24"/>
        <source>PDF document</source>
        <translation>documento PDF</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="25"/>
        <source>PNG image</source>
        <translation>imagen PNG</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="26"/>
        <source>JPEG image</source>
        <translation>imagen JPEG</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="27"/>
        <source>GIF image</source>
        <translation>imagen GIF</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="28"/>
        <source>TIFF image</source>
        <translation>imagen TIFF</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="29"/>
        <source>BMP image</source>
        <translation>imagen BMP</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="30"/>
        <source>WebP image</source>
        <translation>imagen WebP</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="31"/>
        <source>HEIC photo</source>
        <translation>foto HEIC</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="32"/>
        <source>DICOM image</source>
        <translation>imagen DICOM</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="33"/>
        <source>Text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="34"/>
        <source>Text (Markdown)</source>
        <translation>texto (Markdown)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="35"/>
        <source>Table (CSV)</source>
        <translation>tabla (CSV)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="36"/>
        <source>Web page</source>
        <translation>página web</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="37"/>
        <source>JSON data</source>
        <translation>datos JSON</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="38"/>
        <source>XML data</source>
        <translation>datos XML</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="39"/>
        <source>RTF document</source>
        <translation>documento RTF</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="40"/>
        <source>ZIP archive</source>
        <translation>archivo ZIP</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="41"/>
        <source>Office document (old format)</source>
        <translation>documento de Office (formato antiguo)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="44"/>
        <source>Word document (old format)</source>
        <translation>documento de Word (formato antiguo)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="47"/>
        <source>Excel spreadsheet (old format)</source>
        <translation>hoja de cálculo de Excel (formato antiguo)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="50"/>
        <source>PowerPoint slides (old format)</source>
        <translation>presentación de PowerPoint (formato antiguo)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="53"/>
        <source>MP4 video</source>
        <translation>vídeo MP4</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="54"/>
        <source>QuickTime video</source>
        <translation>vídeo QuickTime</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="55"/>
        <source>Unknown type</source>
        <translation>tipo desconocido</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="58"/>
        <source>Word document</source>
        <translation>documento de Word</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="60"/>
        <source>Excel spreadsheet</source>
        <translation>hoja de cálculo de Excel</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="62"/>
        <source>PowerPoint slides</source>
        <translation>presentación de PowerPoint</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/file_labels.py" line="64"/>
        <source>OpenDocument file</source>
        <translation>archivo OpenDocument</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="31"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="32"/>
        <source>Settled</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="35"/>
        <source>Lab report</source>
        <translation>Informe de laboratorio</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="36"/>
        <source>Diagnostic images</source>
        <translation>Imágenes diagnósticas</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="37"/>
        <source>Doctor&apos;s notes</source>
        <translation>Notas del médico</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="38"/>
        <source>Medication history</source>
        <translation>Historial de medicamentos</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="39"/>
        <source>Treatment plan</source>
        <translation>Plan de tratamiento</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="40"/>
        <source>Surgical/operative report</source>
        <translation>Informe quirúrgico</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="41"/>
        <source>Pathology</source>
        <translation>Patología</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="42"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="45"/>
        <source>Needed</source>
        <translation>Necesario</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="46"/>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="47"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="48"/>
        <source>Sent on</source>
        <translation>Reenviado</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="51"/>
        <source>Electronic</source>
        <translation>Electrónico</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="52"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="53"/>
        <source>CD/images</source>
        <translation>CD/imágenes</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="56"/>
        <source>To me by email</source>
        <translation>A mí, por correo electrónico</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="57"/>
        <source>To me through the patient portal</source>
        <translation>A mí, por el portal del paciente</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="58"/>
        <source>To me by post</source>
        <translation>A mí, por correo postal</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="59"/>
        <source>I pick them up</source>
        <translation>Las recojo yo</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="60"/>
        <source>Straight to a doctor</source>
        <translation>Directamente a un médico</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="63"/>
        <source>United States (HIPAA)</source>
        <translation>Estados Unidos (HIPAA)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="64"/>
        <source>United Kingdom (UK GDPR)</source>
        <translation>Reino Unido (UK GDPR)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="65"/>
        <source>European Union (GDPR)</source>
        <translation>Unión Europea (RGPD)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="66"/>
        <source>Elsewhere (a plain request)</source>
        <translation>Otro lugar (una solicitud sencilla)</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="69"/>
        <source>Considering</source>
        <translation>Considerando</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="70"/>
        <source>Contacted</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="71"/>
        <source>Booked</source>
        <translation>Con cita</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="72"/>
        <source>Seen</source>
        <translation>Visto</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="73"/>
        <source>Declined</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="76"/>
        <source>Original diagnosis</source>
        <translation>Diagnóstico original</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="77"/>
        <source>Second opinion</source>
        <translation>Segunda opinión</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="78"/>
        <source>Third opinion</source>
        <translation>Tercera opinión</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="79"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="82"/>
        <source>Agrees</source>
        <translation>Coincide</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="83"/>
        <source>Partly agrees</source>
        <translation>Coincide en parte</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="84"/>
        <source>Disagrees</source>
        <translation>No coincide</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="85"/>
        <source>Unsure</source>
        <translation>No está seguro</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="88"/>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="89"/>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="90"/>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="91"/>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="94"/>
        <source>Heard</source>
        <translation>Escuchado/a</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="95"/>
        <source>Respected</source>
        <translation>Respetado/a</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="96"/>
        <source>Validated</source>
        <translation>Comprendido/a</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="97"/>
        <source>Included</source>
        <translation>Incluido/a</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="98"/>
        <source>Encouraged</source>
        <translation>Animado/a</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="99"/>
        <source>Brushed off</source>
        <translation>Ignorado/a</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="100"/>
        <source>Hurried</source>
        <translation>Apurado/a</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/labels.py" line="101"/>
        <source>Minimized</source>
        <translation>Minimizado/a</translation>
    </message>
</context>
<context>
    <name>quick_add</name>
    <message>
        <location filename="../../secondopinion/ui/widgets.py" line="162"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../secondopinion/ui/app.py" line="129"/>
        <source>Opening {name}…</source>
        <translation>Abriendo {name}…</translation>
    </message>
    <message>
        <location filename="../../secondopinion/ui/app.py" line="131"/>
        <source>Opening the demo journal…</source>
        <translation>Abriendo el diario de demostración…</translation>
    </message>
</context>
</TS>
