<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CL">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About and diagnostics</source>
            <translation>Acerca de y diagnóstico</translation>
        </message>
        <message>
            <source>Minga {version}</source>
            <translation>Minga {version}</translation>
        </message>
        <message>
            <source>An offline notebook for rural microcentres.</source>
            <translation>Un cuaderno sin conexión para microcentros rurales.</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Sistema</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Carpeta de datos</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Base de datos</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Adjuntos</translation>
        </message>
        <message>
            <source>Log file</source>
            <translation>Archivo de registro</translation>
        </message>
        <message>
            <source>Schema revision</source>
            <translation>Revisión del esquema</translation>
        </message>
        <message>
            <source>Device id</source>
            <translation>Id del equipo</translation>
        </message>
        <message>
            <source>Key fingerprint</source>
            <translation>Huella de la clave</translation>
        </message>
        <message>
            <source>&amp;Copy diagnostics</source>
            <translation>&amp;Copiar diagnóstico</translation>
        </message>
        <message>
            <source>&amp;Open data folder</source>
            <translation>&amp;Abrir carpeta de datos</translation>
        </message>
        <message>
            <source>Copied. Paste it into your message asking for help.</source>
            <translation>Copiado. Pégalo en tu mensaje cuando pidas ayuda.</translation>
        </message>
        <message>
            <source>The folder could not be opened: {path}</source>
            <translation>No se pudo abrir la carpeta: {path}</translation>
        </message>
    </context>
    <context>
        <name>AdoptionPage</name>
        <message>
            <source>Practices I apply in my school</source>
            <extracomment>The kinds of record it shows (`minga.ui.changes.Page`). An empty list is filled first with this many of the newest (more than a screen holds), then with all of them: reading a `large` notebook's 1,800 takes a while.</extracomment>
            <translation>Prácticas que aplico en mi escuela</translation>
        </message>
        <message>
            <source>Choose a practice…</source>
            <translation>Elegir una práctica…</translation>
        </message>
        <message>
            <source>Choose from the last session</source>
            <translation>Elegir de la última sesión</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Práctica</translation>
        </message>
        <message>
            <source>Chosen on</source>
            <translation>Elegida el</translation>
        </message>
        <message>
            <source>Applications</source>
            <translation>Aplicaciones</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <source>Practices I chose</source>
            <translation>Prácticas que elegí</translation>
        </message>
        <message>
            <source>Choose a practice in the list to record when you applied it, its exit tickets and your self-assessment.</source>
            <translation>Elige una práctica de la lista para registrar cuándo la aplicaste, sus tickets de salida y tu autoevaluación.</translation>
        </message>
        <message>
            <source>Apply it</source>
            <translation>Por aplicar</translation>
        </message>
        <message numerus="yes">
            <source>%n self-assessment(s)</source>
            <translation>
                <numerusform>%n autoevaluación</numerusform>
                <numerusform>%n autoevaluaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message numerus="yes">
            <source>%n practice(s) chosen</source>
            <translation>
                <numerusform>%n práctica elegida</numerusform>
                <numerusform>%n prácticas elegidas</numerusform>
            </translation>
        </message>
        <message>
            <source>You have not chosen a practice from the last session yet.</source>
            <translation>Aún no eliges una práctica de la última sesión.</translation>
        </message>
        <message>
            <source>({number}. {title}, {date})</source>
            <translation>({number}. {title}, {date})</translation>
        </message>
        <message>
            <source>You have not chosen a practice yet. Press «Choose a practice…» to pick one a colleague presented or shared.</source>
            <translation>Aún no has elegido una práctica. Presiona «Elegir una práctica…» para tomar una que una colega presentó o compartió.</translation>
        </message>
        <message>
            <source>That draft is no longer there.</source>
            <translation>Ese borrador ya no está.</translation>
        </message>
    </context>
    <context>
        <name>AdvisorsPanel</name>
        <message>
            <source>Advisor</source>
            <translation>Asesor/a</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Huella</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>active</source>
            <translation>informa</translation>
        </message>
        <message>
            <source>Networks</source>
            <translation>Redes</translation>
        </message>
        <message>
            <source>Last report</source>
            <translation>Último informe</translation>
        </message>
        <message>
            <source>no longer reports</source>
            <translation>ya no informa</translation>
        </message>
        <message>
            <source>Removed on {date}: {reason}</source>
            <translation>Retirada el {date}: {reason}</translation>
        </message>
        <message>
            <source>The advisors whose territory reports this hub accepts (their invitations accepted after the fingerprint check), their networks and their last report.</source>
            <translation>Quienes asesoran a las redes del territorio y cuyos informes recibe esta central (aceptaste su invitación tras comprobar la huella), sus redes y su último informe.</translation>
        </message>
        <message>
            <source>The territory's advisors</source>
            <translation>Los asesores y las asesoras del territorio</translation>
        </message>
        <message>
            <source>&amp;Stop receiving her reports…</source>
            <translation>&amp;Dejar de recibir sus informes…</translation>
        </message>
        <message>
            <source>{name} no longer reports to this territory: her reports will be refused. Her networks stay with their last figures, marked as no longer reported.</source>
            <translation>{name} ya no informa a este territorio: sus informes se rechazarán. Sus redes quedan con sus últimas cifras, marcadas como que ya no se informan.</translation>
        </message>
    </context>
    <context>
        <name>ApplicationEditor</name>
        <message>
            <source>Applied on</source>
            <translation>Aplicada el</translation>
        </message>
        <message>
            <source>Levels</source>
            <translation>Niveles</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Estudiantes</translation>
        </message>
        <message>
            <source>Exit ticket</source>
            <translation>Ticket de salida</translation>
        </message>
        <message>
            <source>Self-assessment</source>
            <translation>Autoevaluación</translation>
        </message>
        <message>
            <source>Applications</source>
            <translation>Aplicaciones</translation>
        </message>
        <message>
            <source>Times you applied it</source>
            <translation>Veces que la aplicaste</translation>
        </message>
        <message>
            <source>New application</source>
            <translation>Nueva aplicación</translation>
        </message>
        <message>
            <source>Withdraw this choice</source>
            <translation>Retirar esta elección</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Aplicación</translation>
        </message>
        <message>
            <source>Date of the application</source>
            <translation>Fecha de la aplicación</translation>
        </message>
        <message>
            <source>Students present</source>
            <translation>Estudiantes presentes</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Levels taking part</source>
            <translation>Niveles que participaron</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>How it went, what you changed on the day…</source>
            <translation>Cómo resultó, qué cambiaste en el momento…</translation>
        </message>
        <message>
            <source>Count the students' slips: how many chose each option, per level. Only counts are kept, never names.</source>
            <translation>Cuenta los papelitos de tus estudiantes: cuántos marcaron cada opción, por nivel. Solo se guardan conteos, nunca nombres.</translation>
        </message>
        <message>
            <source>How it went, criterion by criterion</source>
            <translation>Cómo resultó, criterio por criterio</translation>
        </message>
        <message>
            <source>Adjustments made</source>
            <translation>Ajustes realizados</translation>
        </message>
        <message>
            <source>What you changed to fit your class and levels.</source>
            <translation>Qué cambiaste para adecuarla a tu curso y a sus niveles.</translation>
        </message>
        <message>
            <source>I will keep using it</source>
            <translation>La seguiré usando</translation>
        </message>
        <message>
            <source>I will keep using it, with adjustments</source>
            <translation>La seguiré usando, con ajustes</translation>
        </message>
        <message>
            <source>I will not use it again</source>
            <translation>No la volveré a usar</translation>
        </message>
        <message>
            <source>Will you keep using it?</source>
            <translation>¿La seguirás usando?</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Reflexión</translation>
        </message>
        <message>
            <source>What your students learnt, what you learnt.</source>
            <translation>Qué aprendieron tus estudiantes y qué aprendiste tú.</translation>
        </message>
        <message>
            <source>Who receives this self-assessment</source>
            <translation>Quién recibe esta autoevaluación</translation>
        </message>
        <message>
            <source>— not rated</source>
            <translation>— sin evaluar</translation>
        </message>
        <message>
            <source>Tick the levels of the application first (Application tab).</source>
            <translation>Primero marca los niveles de la aplicación (pestaña Aplicación).</translation>
        </message>
        <message>
            <source>{option}, {level}: students</source>
            <translation>{option}, {level}: estudiantes</translation>
        </message>
        <message>
            <source>{count} answers, but only {present} students were present: correct the counts before saving.</source>
            <translation>{count} respuestas, pero solo había {present} estudiantes presentes: corrige los conteos antes de guardar.</translation>
        </message>
        <message>
            <source>{count} answers of {present} students present</source>
            <translation>{count} respuestas de {present} estudiantes presentes</translation>
        </message>
        <message>
            <source> at session {number} ({date})</source>
            <translation> en la sesión {number} ({date})</translation>
        </message>
        <message>
            <source>Chosen on {date}{session}. {count}</source>
            <translation>Elegida el {date}{session}. {count}</translation>
        </message>
        <message numerus="yes">
            <source>%n application(s) so far.</source>
            <translation>
                <numerusform>%n aplicación hasta ahora.</numerusform>
                <numerusform>%n aplicaciones hasta ahora.</numerusform>
            </translation>
        </message>
        <message>
            <source>Application of {date}</source>
            <translation>Aplicación del {date}</translation>
        </message>
        <message>
            <source>Application of «{title}»</source>
            <translation>Aplicación de «{title}»</translation>
        </message>
        <message>
            <source>Choose whether you will keep using the practice.</source>
            <translation>Indica si seguirás usando la práctica.</translation>
        </message>
        <message>
            <source>Application saved.</source>
            <translation>Aplicación guardada.</translation>
        </message>
        <message>
            <source>Withdraw choice</source>
            <translation>Retirar elección</translation>
        </message>
        <message>
            <source>Stop following «{title}»?</source>
            <translation>¿Dejar de seguir «{title}»?</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Retirar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Its applications stay on record.</source>
            <translation>Sus aplicaciones quedan registradas.</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTab</name>
        <message>
            <source>Mark everyone present</source>
            <translation>Marcar a todos presentes</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Presente</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Ausente</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Justificado</translation>
        </message>
        <message>
            <source>Attendance of {name}</source>
            <translation>Asistencia de {name}</translation>
        </message>
        <message>
            <source>— not recorded</source>
            <translation>— sin registrar</translation>
        </message>
        <message>
            <source>Attendance not recorded yet.</source>
            <translation>La asistencia aún no se registra.</translation>
        </message>
        <message>
            <source>Attendance: {rate} ({present})</source>
            <translation>Asistencia: {rate} ({present})</translation>
        </message>
        <message>
            <source>No teachers in the microcentre yet: they join with the invitation.</source>
            <translation>Aún no hay docentes en el microcentro: se suman con la invitación.</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups</source>
            <translation>Respaldos</translation>
        </message>
        <message>
            <source>Minga copies your data automatically once a day and keeps the copies of the last days, weeks and months. Restoring one puts your data back as it was then; your current data is kept aside as a copy.</source>
            <translation>Minga copia tus datos automáticamente una vez al día y guarda las copias de los últimos días, semanas y meses. Al restaurar una, tus datos vuelven a como estaban en ese momento; tus datos actuales se guardan aparte como copia.</translation>
        </message>
        <message>
            <source>Automatic backups</source>
            <translation>Respaldos automáticos</translation>
        </message>
        <message>
            <source>There are no automatic backups yet. Minga makes one each day it opens.</source>
            <translation>Todavía no hay respaldos automáticos. Minga hace uno cada día que se abre.</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Hacer un respaldo ahora</translation>
        </message>
        <message>
            <source>&amp;Restore the selected one…</source>
            <translation>&amp;Restaurar el seleccionado…</translation>
        </message>
        <message>
            <source>Restore from a &amp;file…</source>
            <translation>Restaurar desde un &amp;archivo…</translation>
        </message>
        <message>
            <source>Include my &amp;keys (to move Minga to another computer)</source>
            <translation>Incluir mis &amp;claves (para llevar Minga a otro computador)</translation>
        </message>
        <message>
            <source>Your private keys go in too, locked with a passphrase you choose: restored on a new computer, the backup makes it you for the whole network.</source>
            <translation>Tus claves privadas también van en el respaldo, protegidas con una frase de paso que eliges: restaurado en un computador nuevo, el respaldo hace que ese computador seas tú para toda la red.</translation>
        </message>
        <message>
            <source>Recovery &amp;sheet…</source>
            <translation>&amp;Hoja de recuperación…</translation>
        </message>
        <message>
            <source>Backup saved in {path}</source>
            <translation>Respaldo guardado en {path}</translation>
        </message>
        <message>
            <source>Backup with your keys saved in {path} (fingerprint {fingerprint}). Print the recovery sheet ({sheet}) and keep the passphrase apart from the backup.</source>
            <translation>Respaldo con tus claves guardado en {path} (huella {fingerprint}). Imprime la hoja de recuperación ({sheet}) y guarda la frase de paso lejos del respaldo.</translation>
        </message>
        <message>
            <source>Restore the backup of {date}? Your data will go back to how it was then.</source>
            <translation>¿Restaurar el respaldo del {date}? Tus datos volverán a como estaban en ese momento.</translation>
        </message>
        <message>
            <source>Restore the backup {file}? Your data will be replaced by the data in it.</source>
            <translation>¿Restaurar el respaldo {file}? Tus datos se reemplazarán por los que contiene.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurar un respaldo</translation>
        </message>
        <message>
            <source>Your current data is not lost: Minga keeps it aside as a copy in the backups folder before restoring. Minga reloads when it finishes.</source>
            <translation>Tus datos actuales no se pierden: antes de restaurar, Minga los guarda aparte como copia en la carpeta de respaldos. Minga se recarga al terminar.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Save a backup</source>
            <translation>Guardar un respaldo</translation>
        </message>
        <message>
            <source>Minga backups (*.zip)</source>
            <translation>Respaldos de Minga (*.zip)</translation>
        </message>
    </context>
    <context>
        <name>ChooseForm</name>
        <message>
            <source>Choose a practice to apply</source>
            <translation>Elige una práctica para aplicar</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Práctica</translation>
        </message>
        <message>
            <source>The network's norm: choose at least one practice presented at each session, apply it in your school, tally its exit tickets and write how it went. You may also choose any practice a colleague shared.</source>
            <translation>La norma de la red: elige al menos una práctica presentada en cada sesión, aplícala en tu escuela, cuenta sus tickets de salida y escribe cómo te fue. También puedes elegir cualquier práctica que haya compartido una colega.</translation>
        </message>
        <message>
            <source>Search a practice</source>
            <translation>Buscar una práctica</translation>
        </message>
        <message>
            <source>Words of the title or description</source>
            <translation>Palabras del título o la descripción</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor/a</translation>
        </message>
        <message>
            <source>Presented at</source>
            <translation>Presentada en</translation>
        </message>
        <message>
            <source>Practices to choose</source>
            <translation>Prácticas para elegir</translation>
        </message>
        <message>
            <source>Colleagues' practices</source>
            <translation>Prácticas de colegas</translation>
        </message>
        <message>
            <source>Who can see your work with it</source>
            <translation>Quién puede ver tu trabajo con ella</translation>
        </message>
        <message>
            <source>Choose this practice</source>
            <translation>Elegir esta práctica</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Session {number}, {date}</source>
            <translation>Sesión {number}, {date}</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message numerus="yes">
            <source>%n practice(s) presented at sessions held</source>
            <translation>
                <numerusform>%n práctica presentada en las sesiones realizadas</numerusform>
                <numerusform>%n prácticas presentadas en las sesiones realizadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>then %n other practice(s) shared by colleagues</source>
            <translation>
                <numerusform>luego %n práctica más compartida por colegas</numerusform>
                <numerusform>luego %n prácticas más compartidas por colegas</numerusform>
            </translation>
        </message>
        <message>
            <source>(the first ones by title: search to find others)</source>
            <translation>(las primeras por título: busca para encontrar otras)</translation>
        </message>
        <message>
            <source>No results for «{text}».</source>
            <translation>Sin resultados para «{text}».</translation>
        </message>
        <message>
            <source>There are no colleagues' practices in your notebook yet. They arrive when you import the microcentre's bundle (Sync), or when a colleague presents one at a session.</source>
            <translation>Todavía no hay prácticas de colegas en tu cuaderno. Llegan cuando importas el paquete del microcentro (Sincronizar), o cuando una colega presenta una en una sesión.</translation>
        </message>
        <message>
            <source>You have already chosen every practice your colleagues shared. New ones arrive with the microcentre's next bundle.</source>
            <translation>Ya elegiste todas las prácticas que compartieron tus colegas. Las nuevas llegan con el próximo paquete del microcentro.</translation>
        </message>
        <message>
            <source>Choose one of the practices in the list.</source>
            <translation>Elige una de las prácticas de la lista.</translation>
        </message>
        <message>
            <source>You chose «{title}». Record each time you apply it.</source>
            <translation>Elegiste «{title}». Registra cada vez que la apliques.</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Saved</source>
            <translation>Guardado</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Eliminado</translation>
        </message>
        <message>
            <source>Visibility</source>
            <translation>Visibilidad</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Subjects</source>
            <translation>Asignaturas</translation>
        </message>
        <message>
            <source>Levels</source>
            <translation>Niveles</translation>
        </message>
        <message>
            <source>Learning objectives</source>
            <translation>Objetivos de aprendizaje</translation>
        </message>
        <message>
            <source>Multigrade strategy</source>
            <translation>Estrategia multigrado</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>Materiales</translation>
        </message>
        <message>
            <source>Duration (minutes)</source>
            <translation>Duración (minutos)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Creado</translation>
        </message>
        <message>
            <source>School (id)</source>
            <translation>Escuela (id)</translation>
        </message>
        <message>
            <source>Microcentre (id)</source>
            <translation>Microcentro (id)</translation>
        </message>
        <message>
            <source>Advisor (id)</source>
            <translation>Asesor/a (id)</translation>
        </message>
        <message>
            <source>Session (id)</source>
            <translation>Sesión (id)</translation>
        </message>
        <message>
            <source>Practice (id)</source>
            <translation>Práctica (id)</translation>
        </message>
        <message>
            <source>Presenter (id)</source>
            <translation>Presentador/a (id)</translation>
        </message>
        <message>
            <source>Person (id)</source>
            <translation>Persona (id)</translation>
        </message>
        <message>
            <source>Author (id)</source>
            <translation>Autor/a (id)</translation>
        </message>
        <message>
            <source>Adoption (id)</source>
            <translation>Elección (id)</translation>
        </message>
        <message>
            <source>Application (id)</source>
            <translation>Aplicación (id)</translation>
        </message>
        <message>
            <source>Template (id)</source>
            <translation>Plantilla (id)</translation>
        </message>
        <message>
            <source>Observed teacher (id)</source>
            <translation>Docente observado/a (id)</translation>
        </message>
        <message>
            <source>Observation note (id)</source>
            <translation>Registro de observación (id)</translation>
        </message>
        <message>
            <source>Respondent (id)</source>
            <translation>Quien responde (id)</translation>
        </message>
        <message>
            <source>Belongs to (id)</source>
            <translation>Pertenece a (id)</translation>
        </message>
        <message>
            <source>Practices (ids)</source>
            <translation>Prácticas (ids)</translation>
        </message>
        <message>
            <source>Sessions (ids)</source>
            <translation>Sesiones (ids)</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <source>Commune</source>
            <translation>Comuna</translation>
        </message>
        <message>
            <source>Annual focus</source>
            <translation>Foco anual</translation>
        </message>
        <message>
            <source>Practices to share (goal)</source>
            <translation>Prácticas por compartir (meta)</translation>
        </message>
        <message>
            <source>RBD</source>
            <translation>RBD</translation>
        </message>
        <message>
            <source>Multigrade</source>
            <translation>Multigrado</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Estudiantes</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Membership</source>
            <translation>Membresía</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation>Clave de firma</translation>
        </message>
        <message>
            <source>Encryption key</source>
            <translation>Clave de cifrado</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Hora de inicio</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Modality</source>
            <translation>Modalidad</translation>
        </message>
        <message>
            <source>Focus</source>
            <translation>Foco</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>Minutes of the meeting</source>
            <translation>Acta</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Orden</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutos</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Fortalezas</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>Sugerencias</translation>
        </message>
        <message>
            <source>Replicability</source>
            <translation>Replicabilidad</translation>
        </message>
        <message>
            <source>Chosen on</source>
            <translation>Elegida el</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Applied on</source>
            <translation>Aplicada el</translation>
        </message>
        <message>
            <source>Students present</source>
            <translation>Estudiantes presentes</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>Conteos</translation>
        </message>
        <message>
            <source>Ratings</source>
            <translation>Niveles logrados</translation>
        </message>
        <message>
            <source>Adjustments</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Reflexión</translation>
        </message>
        <message>
            <source>Written on</source>
            <translation>Escrita el</translation>
        </message>
        <message>
            <source>Observed on</source>
            <translation>Observada el</translation>
        </message>
        <message>
            <source>Protocol</source>
            <translation>Pauta</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidencias</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Oportunidades</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Acuerdos</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Aim</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Change idea</source>
            <translation>Idea de cambio</translation>
        </message>
        <message>
            <source>Prediction</source>
            <translation>Predicción</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <source>Do: notes</source>
            <translation>Hacer: notas</translation>
        </message>
        <message>
            <source>Data points</source>
            <translation>Datos</translation>
        </message>
        <message>
            <source>Study: notes</source>
            <translation>Estudiar: notas</translation>
        </message>
        <message>
            <source>Adjust: notes</source>
            <translation>Ajustar: notas</translation>
        </message>
        <message>
            <source>Started on</source>
            <translation>Iniciado el</translation>
        </message>
        <message>
            <source>Useful</source>
            <translation>Útil</translation>
        </message>
        <message>
            <source>Prepared</source>
            <translation>Preparado/a</translation>
        </message>
        <message>
            <source>Trust</source>
            <translation>Confianza</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Contenido</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>File name</source>
            <translation>Nombre del archivo</translation>
        </message>
        <message>
            <source>File type</source>
            <translation>Tipo de archivo</translation>
        </message>
        <message>
            <source>Size (bytes)</source>
            <translation>Tamaño (bytes)</translation>
        </message>
        <message>
            <source>Belongs to (kind)</source>
            <translation>Pertenece a (tipo)</translation>
        </message>
        <message>
            <source>Caption</source>
            <translation>Leyenda</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Compare versions</source>
            <translation>Comparar versiones</translation>
        </message>
        <message>
            <source>{kind}: {title}</source>
            <translation>{kind}: {title}</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(sin título)</translation>
        </message>
        <message>
            <source>Two people changed this record before seeing each other's change. Minga uses the newer version and kept the other one as a copy. Rows in bold differ.</source>
            <translation>Este registro se cambió en dos lugares antes de que cada cambio llegara al otro. Minga usa la versión más nueva y guardó la otra como copia. Las filas en negrita son las que difieren.</translation>
        </message>
        <message>
            <source>Fields of both versions</source>
            <translation>Campos de ambas versiones</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>This copy</source>
            <translation>Esta copia</translation>
        </message>
        <message>
            <source>Version in use</source>
            <translation>Versión en uso</translation>
        </message>
        <message>
            <source>This record is no longer here: only the copy is left.</source>
            <translation>Este registro ya no está: solo queda la copia.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>ConflictsModel</name>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Dueño/a</translation>
        </message>
        <message>
            <source>This copy made</source>
            <translation>Esta copia, hecha el</translation>
        </message>
        <message>
            <source>Version in use made</source>
            <translation>Versión en uso, hecha el</translation>
        </message>
        <message>
            <source>Detected</source>
            <translation>Detectado</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(sin título)</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Tú</translation>
        </message>
    </context>
    <context>
        <name>ConflictsPanel</name>
        <message>
            <source>When a record was changed in two places before a bundle carried either change, Minga uses the newer version and keeps the other as a copy. Its owner can compare both and bring the copy back.</source>
            <translation>Cuando un registro se cambió en dos lugares antes de que un paquete llevara alguno de los cambios, Minga usa la versión más nueva y guarda la otra como copia. Su dueño/a puede comparar ambas y recuperar la copia.</translation>
        </message>
        <message>
            <source>No conflicts: every record has a single version.</source>
            <translation>No hay conflictos: cada registro tiene una sola versión.</translation>
        </message>
        <message>
            <source>Conflict copies</source>
            <translation>Copias en conflicto</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>&amp;Comparar</translation>
        </message>
        <message>
            <source>Both versions side by side</source>
            <translation>Ambas versiones lado a lado</translation>
        </message>
        <message>
            <source>&amp;Restore this version</source>
            <translation>&amp;Restaurar esta versión</translation>
        </message>
        <message>
            <source>&amp;Dismiss</source>
            <translation>&amp;Descartar</translation>
        </message>
        <message>
            <source>Keep the version in use and take the copy off this list</source>
            <translation>Mantener la versión en uso y sacar la copia de esta lista</translation>
        </message>
        <message>
            <source>Only {owner} can restore it: the record is theirs.</source>
            <translation>Solo {owner} puede restaurarla: el registro es suyo.</translation>
        </message>
        <message>
            <source>its owner</source>
            <translation>su dueño/a</translation>
        </message>
        <message>
            <source>Use this copy again; the version in use is kept as a copy in turn</source>
            <translation>Volver a usar esta copia; la versión en uso queda a su vez como copia</translation>
        </message>
        <message>
            <source>Restored: {kind} “{title}” uses this copy again. It travels with your next bundle.</source>
            <translation>Restaurado: {kind} «{title}» vuelve a usar esta copia. Viajará en tu próximo paquete.</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(sin título)</translation>
        </message>
        <message>
            <source>The copy was taken off the list; the version in use stays.</source>
            <translation>La copia salió de la lista; la versión en uso se mantiene.</translation>
        </message>
    </context>
    <context>
        <name>CoordinatorHomePage</name>
        <message>
            <source>&amp;Open Territory</source>
            <extracomment>Inicio sums up everything.</extracomment>
            <translation>&amp;Abrir Territorio</translation>
        </message>
        <message>
            <source>&amp;Import reports…</source>
            <translation>&amp;Importar informes…</translation>
        </message>
        <message>
            <source>&amp;Print the territory report…</source>
            <translation>Im&amp;primir el informe territorial…</translation>
        </message>
        <message>
            <source>Hello, {name}</source>
            <translation>Hola, {name}</translation>
        </message>
        <message>
            <source>No network has reported {current} yet: these are the figures of {year}.</source>
            <translation>Ninguna red ha informado {current} todavía: estas son las cifras de {year}.</translation>
        </message>
        <message>
            <source>{reporting} of {total}</source>
            <translation>{reporting} de {total}</translation>
        </message>
        <message>
            <source>Networks that reported {year}</source>
            <translation>Redes que informaron {year}</translation>
        </message>
        <message numerus="yes">
            <source>%n advisor(s)</source>
            <translation>
                <numerusform>%n asesor/a</numerusform>
                <numerusform>%n asesores/as</numerusform>
            </translation>
        </message>
        <message>
            <source>Last report received</source>
            <translation>Último informe recibido</translation>
        </message>
        <message>
            <source>None yet: import the advisors' territory reports.</source>
            <translation>Ninguno todavía: importa los informes territoriales de asesores y asesoras.</translation>
        </message>
        <message>
            <source>From {advisor}, at {time}</source>
            <translation>De {advisor}, a las {time}</translation>
        </message>
        <message>
            <source>Sessions held in {year}</source>
            <translation>Sesiones realizadas en {year}</translation>
        </message>
        <message numerus="yes">
            <source>of %Ln planned</source>
            <translation>
                <numerusform>de %Ln planificada</numerusform>
                <numerusform>de %Ln planificadas</numerusform>
            </translation>
        </message>
        <message>
            <source>{hours} hours</source>
            <translation>{hours} horas</translation>
        </message>
        <message>
            <source>Attendance at the sessions held</source>
            <translation>Asistencia a las sesiones realizadas</translation>
        </message>
        <message>
            <source>{present} present of {expected} expected</source>
            <translation>{present} presentes de {expected} esperados</translation>
        </message>
        <message>
            <source>Practices shared in {year}</source>
            <translation>Prácticas compartidas en {year}</translation>
        </message>
        <message>
            <source>{schools} schools, {teachers} teachers</source>
            <translation>{schools} escuelas, {teachers} docentes</translation>
        </message>
        <message numerus="yes">
            <source>%n still arriving by e-mail</source>
            <translation>
                <numerusform>%n aún llega por correo (faltan partes)</numerusform>
                <numerusform>%n aún llegan por correo (faltan partes)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused: see Sync › E-mail</source>
            <translation>
                <numerusform>%n rechazado: revísalo en Sincronizar › Correo</numerusform>
                <numerusform>%n rechazados: revísalos en Sincronizar › Correo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n advisor(s) to accept in Advisors</source>
            <translation>
                <numerusform>%n asesor/a por aceptar en Territorio › Asesores/as</numerusform>
                <numerusform>%n asesores/as por aceptar en Territorio › Asesores/as</numerusform>
            </translation>
        </message>
        <message>
            <source>Reports waiting or refused</source>
            <translation>Informes pendientes o rechazados</translation>
        </message>
        <message>
            <source>Nothing waits for you.</source>
            <translation>No hay nada pendiente.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>MMM d</source>
            <translation>d 'de' MMM</translation>
        </message>
        <message>
            <source>MMM d, yyyy</source>
            <translation>d 'de' MMM 'de' yyyy</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Minga: unexpected problem</source>
            <extracomment>Older crash logs beyond this many are deleted when a new one is written.</extracomment>
            <translation>Minga: problema inesperado</translation>
        </message>
        <message>
            <source>Minga ran into an unexpected problem. You can keep working, but if something looks wrong, close Minga and open it again.</source>
            <translation>Minga tuvo un problema inesperado. Puedes seguir trabajando, pero si algo se ve raro, cierra Minga y vuelve a abrirla.</translation>
        </message>
        <message>
            <source>The details were saved in {path}. Copy them and send them to whoever helps you with Minga.</source>
            <translation>Los detalles quedaron guardados en {path}. Cópialos y envíalos a quien te ayuda con Minga.</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copiar detalles</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copiado</translation>
        </message>
    </context>
    <context>
        <name>CycleEditor</name>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>For example: Attendance at the sessions</source>
            <translation>Por ejemplo: Asistencia a las sesiones</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <source>Who can see it</source>
            <translation>Quién puede verlo</translation>
        </message>
        <message>
            <source>Previous stage</source>
            <translation>Etapa anterior</translation>
        </message>
        <message>
            <source>Next stage</source>
            <translation>Etapa siguiente</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Planear</translation>
        </message>
        <message>
            <source>Do</source>
            <translation>Hacer</translation>
        </message>
        <message>
            <source>Study</source>
            <translation>Estudiar</translation>
        </message>
        <message>
            <source>Adjust</source>
            <translation>Ajustar</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Vínculos</translation>
        </message>
        <message>
            <source>Aim</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>What do we want to improve, by how much and by when?</source>
            <translation>¿Qué queremos mejorar, cuánto y para cuándo?</translation>
        </message>
        <message>
            <source>Change idea</source>
            <translation>Idea de cambio</translation>
        </message>
        <message>
            <source>What will we try?</source>
            <translation>¿Qué vamos a probar?</translation>
        </message>
        <message>
            <source>Prediction</source>
            <translation>Predicción</translation>
        </message>
        <message>
            <source>What do we expect to happen?</source>
            <translation>¿Qué esperamos que pase?</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <source>For example: % of teachers present at each session</source>
            <translation>Por ejemplo: % de docentes presentes en cada sesión</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Qué se hizo</translation>
        </message>
        <message>
            <source>What we did, when, and anything unexpected.</source>
            <translation>Qué hicimos, cuándo y lo que no esperábamos.</translation>
        </message>
        <message>
            <source>Data points</source>
            <translation>Datos</translation>
        </message>
        <message>
            <source>Run chart</source>
            <translation>Gráfico de tendencia</translation>
        </message>
        <message>
            <source>Enter data points to see the run chart.</source>
            <translation>Ingresa datos para ver el gráfico de tendencia.</translation>
        </message>
        <message>
            <source>Data per period (F2 to edit)</source>
            <translation>Datos por periodo (F2 para editar)</translation>
        </message>
        <message>
            <source>Add period</source>
            <translation>Agregar periodo</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Baseline: first points for the median</source>
            <translation>Línea base: primeros puntos para la mediana</translation>
        </message>
        <message>
            <source>Median from the first</source>
            <translation>Mediana de los primeros</translation>
        </message>
        <message>
            <source>Mark a change here</source>
            <translation>Marcar un cambio aquí</translation>
        </message>
        <message>
            <source>The selected period starts a new phase: its median comes from its own first points. Click again to remove the mark.</source>
            <translation>El período elegido inicia una nueva fase: su mediana sale de sus propios primeros puntos. Haz clic otra vez para quitar la marca.</translation>
        </message>
        <message>
            <source>What we learnt</source>
            <translation>Qué aprendimos</translation>
        </message>
        <message>
            <source>What the data say, compared with the prediction.</source>
            <translation>Qué dicen los datos, comparados con la predicción.</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <source>Adjustment notes</source>
            <translation>Notas del ajuste</translation>
        </message>
        <message>
            <source>Linked practice</source>
            <translation>Práctica vinculada</translation>
        </message>
        <message>
            <source>Linked practices</source>
            <translation>Prácticas vinculadas</translation>
        </message>
        <message>
            <source>Unlink practice</source>
            <translation>Desvincular práctica</translation>
        </message>
        <message>
            <source>Link a practice (type to search, Enter to link)</source>
            <translation>Vincular una práctica (escribe para buscar, Enter para vincular)</translation>
        </message>
        <message>
            <source>Linked sessions</source>
            <translation>Sesiones vinculadas</translation>
        </message>
        <message>
            <source>Linked sessions (tick them)</source>
            <translation>Sesiones vinculadas (márcalas)</translation>
        </message>
        <message>
            <source>Adopt: keep the change as it is</source>
            <translation>Adoptar: mantener el cambio tal como está</translation>
        </message>
        <message>
            <source>Adapt: change it and start a new turn</source>
            <translation>Adaptar: modificarlo y empezar una nueva vuelta</translation>
        </message>
        <message>
            <source>Abandon: let it go</source>
            <translation>Abandonar: dejarlo</translation>
        </message>
        <message>
            <source>New improvement cycle</source>
            <translation>Nuevo ciclo de mejora</translation>
        </message>
        <message>
            <source>This cycle is {owner}'s; you can read it.</source>
            <translation>Este ciclo es de {owner}; puedes leerlo.</translation>
        </message>
        <message>
            <source>Start a new turn</source>
            <translation>Empezar otra vuelta</translation>
        </message>
        <message>
            <source>The decision is taken in the Adjust stage, after studying the data.</source>
            <translation>La decisión se toma en la etapa Ajustar, después de estudiar los datos.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Period {number}</source>
            <translation>Periodo {number}</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Mediana</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Cambio sostenido</translation>
        </message>
        <message>
            <source>above</source>
            <translation>sobre</translation>
        </message>
        <message>
            <source>below</source>
            <translation>bajo</translation>
        </message>
        <message>
            <source>Shift: {points} points in a row {side} the median, from {first} to {last}.</source>
            <translation>Cambio sostenido: {points} puntos seguidos {side} la mediana, de {first} a {last}.</translation>
        </message>
        <message>
            <source>Something changed: a signal, not chance.</source>
            <translation>Algo cambió: es una señal, no azar.</translation>
        </message>
        <message>
            <source>No shift yet: a shift is {count} or more points in a row on one side of the median.</source>
            <translation>Aún no hay cambio sostenido: se necesitan {count} o más puntos seguidos a un mismo lado de la mediana.</translation>
        </message>
        <message>
            <source>a trend (5 or more points going one way)</source>
            <translation>una tendencia (5 o más puntos que suben o bajan seguidos)</translation>
        </message>
        <message>
            <source>too few runs</source>
            <translation>muy pocas rachas</translation>
        </message>
        <message>
            <source>too many runs</source>
            <translation>demasiadas rachas</translation>
        </message>
        <message>
            <source>a point far from the others (check it)</source>
            <translation>un punto muy lejos de los demás (revísalo)</translation>
        </message>
        <message>
            <source>Also: {signals}.</source>
            <translation>Además: {signals}.</translation>
        </message>
        <message>
            <source>Cycle «{title}» saved.</source>
            <translation>Ciclo «{title}» guardado.</translation>
        </message>
        <message>
            <source>The cycle is now in the {stage} stage.</source>
            <translation>El ciclo está ahora en la etapa {stage}.</translation>
        </message>
    </context>
    <context>
        <name>DraftsPrompt</name>
        <message>
            <source>Unfinished work</source>
            <translation>Trabajo sin terminar</translation>
        </message>
        <message numerus="yes">
            <source>Minga kept %n unfinished form(s) from last time.</source>
            <translation>
                <numerusform>Minga guardó %n formulario sin terminar de la última vez.</numerusform>
                <numerusform>Minga guardó %n formularios sin terminar de la última vez.</numerusform>
            </translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(sin título)</translation>
        </message>
        <message>
            <source>The others stay under "Drafts to finish" in Home.</source>
            <translation>Los demás quedan en «Borradores por terminar», en Inicio.</translation>
        </message>
        <message>
            <source>Resume "{title}"</source>
            <translation>Retomar «{title}»</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Más tarde</translation>
        </message>
    </context>
    <context>
        <name>EditorFrame</name>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Save ({shortcut})</source>
            <translation>Guardar ({shortcut})</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Cerrar (Esc)</translation>
        </message>
        <message>
            <source>Unsaved changes from {date} {time} were restored. Save them with Ctrl+S, or close without saving to discard them.</source>
            <translation>Se recuperaron cambios sin guardar del {date} a las {time}. Guárdalos con Ctrl+S, o cierra sin guardar para descartarlos.</translation>
        </message>
        <message>
            <source>Saved at {time}</source>
            <translation>Guardado a las {time}</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>Discard the unsaved changes?</source>
            <translation>¿Descartar los cambios sin guardar?</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Seguir editando</translation>
        </message>
        <message>
            <source>Until you discard them, they are kept as a draft.</source>
            <translation>Mientras no los descartes, quedan guardados como borrador.</translation>
        </message>
    </context>
    <context>
        <name>EvaluationTab</name>
        <message>
            <source>Presented practice</source>
            <translation>Práctica presentada</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <source>Replicable?</source>
            <translation>¿Replicable?</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Fortalezas</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>Sugerencias</translation>
        </message>
        <message>
            <source>Evaluations</source>
            <translation>Evaluaciones</translation>
        </message>
        <message>
            <source>What the participants said</source>
            <translation>Lo que dijeron los participantes</translation>
        </message>
        <message>
            <source>Write down an evaluation</source>
            <translation>Registrar una evaluación</translation>
        </message>
        <message>
            <source>Participant (optional)</source>
            <translation>Participante (opcional)</translation>
        </message>
        <message>
            <source>Could they replicate it?</source>
            <translation>¿La podrían replicar?</translation>
        </message>
        <message>
            <source>Could they replicate it in their school?</source>
            <translation>¿La podrían replicar en su escuela?</translation>
        </message>
        <message>
            <source>Add evaluation</source>
            <translation>Agregar evaluación</translation>
        </message>
        <message>
            <source>New evaluation</source>
            <translation>Nueva evaluación</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>With adjustments</source>
            <translation>Con ajustes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Practices are evaluated once they are on the programme.</source>
            <translation>Las prácticas se evalúan una vez que están en el programa.</translation>
        </message>
        <message>
            <source>— the group</source>
            <translation>— el grupo</translation>
        </message>
        <message>
            <source>Save evaluation</source>
            <translation>Guardar evaluación</translation>
        </message>
        <message>
            <source>Evaluation saved.</source>
            <translation>Evaluación guardada.</translation>
        </message>
    </context>
    <context>
        <name>ExportPanel</name>
        <message>
            <source>Send</source>
            <translation>Enviar</translation>
        </message>
        <message>
            <source>Bundle for the &amp;whole microcentre</source>
            <translation>Paquete para &amp;todo el microcentro</translation>
        </message>
        <message>
            <source>One file for every member: the network's shared work, from everyone.</source>
            <translation>Un archivo para cada integrante: el trabajo compartido de la red, de todos.</translation>
        </message>
        <message>
            <source>For &amp;one member:</source>
            <translation>Para &amp;un integrante:</translation>
        </message>
        <message>
            <source>Member to send the bundle to</source>
            <translation>Integrante al que se envía el paquete</translation>
        </message>
        <message>
            <source>Save &amp;to:</source>
            <translation>&amp;Guardar en:</translation>
        </message>
        <message>
            <source>Where to save the bundle</source>
            <translation>Dónde guardar el paquete</translation>
        </message>
        <message>
            <source>A USB drive plugged into this computer, or a folder</source>
            <translation>Un pendrive conectado a este computador, o una carpeta</translation>
        </message>
        <message>
            <source>Choose folder…</source>
            <translation>Elegir carpeta…</translation>
        </message>
        <message>
            <source>Look for USB drives</source>
            <translation>Buscar pendrives</translation>
        </message>
        <message>
            <source>Look for USB drives again</source>
            <translation>Buscar pendrives otra vez</translation>
        </message>
        <message>
            <source>Comp&amp;lete bundle</source>
            <translation>Paquete comp&amp;leto</translation>
        </message>
        <message>
            <source>Everything that may travel, not only what changed since the last bundle that was confirmed. Use it when a bundle got lost.</source>
            <translation>Todo lo que puede viajar, no solo lo que cambió desde el último paquete confirmado. Úsalo cuando se perdió un paquete.</translation>
        </message>
        <message>
            <source>Split for e-mail into parts of at most</source>
            <translation>Dividir para el correo en partes de máximo</translation>
        </message>
        <message>
            <source>Largest part, in MB</source>
            <translation>Parte más grande, en MB</translation>
        </message>
        <message>
            <source>E-mail often refuses attachments over 10 or 20 MB: send every part.</source>
            <translation>El correo suele rechazar adjuntos de más de 10 o 20 MB: envía todas las partes.</translation>
        </message>
        <message>
            <source>&amp;Prepare bundle</source>
            <translation>&amp;Preparar paquete</translation>
        </message>
        <message>
            <source>&amp;Prepare bundle for the advisor</source>
            <translation>&amp;Preparar paquete para el asesor/a</translation>
        </message>
        <message>
            <source>Show folder</source>
            <translation>Mostrar carpeta</translation>
        </message>
        <message>
            <source>Do not include them</source>
            <translation>No incluirlos</translation>
        </message>
        <message>
            <source>Later bundles go without Minga's installers</source>
            <translation>Los próximos paquetes van sin los instaladores de Minga</translation>
        </message>
        <message>
            <source>A bundle carries the network's shared work to the members. Take it to them on a USB drive or send it by e-mail.</source>
            <translation>Un paquete lleva el trabajo compartido de la red a los integrantes. Llévalo en un pendrive o envíalo por correo.</translation>
        </message>
        <message>
            <source>A bundle carries your shared work to your advisor, {advisor}. Only what changed since the last bundle they confirmed goes in it.</source>
            <translation>Un paquete lleva tu trabajo compartido a tu asesor/a, {advisor}. Solo va lo que cambió desde el último paquete que confirmó.</translation>
        </message>
        <message>
            <source>First join your microcentre: import the invitation file your advisor gave you (under Receive). Then you can send them bundles.</source>
            <translation>Primero únete a tu microcentro: importa el archivo de invitación que te dio tu asesor/a (en Recibir). Después podrás enviarle paquetes.</translation>
        </message>
        <message>
            <source>USB drive {name} ({free} free)</source>
            <translation>Pendrive {name} ({free} libres)</translation>
        </message>
        <message>
            <source>Folder {path}</source>
            <translation>Carpeta {path}</translation>
        </message>
        <message>
            <source>Folder for the bundle</source>
            <translation>Carpeta para el paquete</translation>
        </message>
        <message>
            <source>Minga's installers go beside every bundle, from {folder}.</source>
            <translation>Los instaladores de Minga van junto a cada paquete, desde {folder}.</translation>
        </message>
        <message>
            <source>Minga's installers do not go with the bundles. Put them beside the bundles so that members with an older Minga can update it.</source>
            <translation>Los instaladores de Minga no van con los paquetes. Ponlos junto a los paquetes para que quienes tienen un Minga más antiguo puedan actualizarlo.</translation>
        </message>
        <message>
            <source>Change installers folder…</source>
            <translation>Cambiar la carpeta de los instaladores…</translation>
        </message>
        <message>
            <source>Include Minga's installers…</source>
            <translation>Incluir los instaladores de Minga…</translation>
        </message>
        <message>
            <source>A folder with the installers of this Minga (.exe for Windows, .deb for Debian and Ubuntu): they are copied beside every bundle you prepare</source>
            <translation>Una carpeta con los instaladores de este Minga (.exe para Windows, .deb para Debian y Ubuntu): se copian junto a cada paquete que prepares</translation>
        </message>
        <message>
            <source>Folder with Minga's installers</source>
            <translation>Carpeta con los instaladores de Minga</translation>
        </message>
        <message>
            <source>There is no Minga installer (.exe or .deb) in {folder}: nothing was changed.</source>
            <translation>No hay un instalador de Minga (.exe o .deb) en {folder}: no se cambió nada.</translation>
        </message>
        <message>
            <source>microcentre</source>
            <translation>microcentro</translation>
        </message>
        <message>
            <source>{sender}-to-{recipient}</source>
            <translation>{sender}-para-{recipient}</translation>
        </message>
        <message>
            <source>Preparing the bundle…</source>
            <translation>Preparando el paquete…</translation>
        </message>
        <message>
            <source>Bundle ready: {file}</source>
            <translation>Paquete listo: {file}</translation>
        </message>
        <message>
            <source>Bundle ready: {file} ({size}), for {recipients}.</source>
            <translation>Paquete listo: {file} ({size}), para {recipients}.</translation>
        </message>
        <message numerus="yes">
            <source>Bundle ready in %n part(s), {first} to {last} ({size}), for {recipients}. Send every part.</source>
            <translation>
                <numerusform>Paquete listo en %n parte, {first} a {last} ({size}), para {recipients}. Envía todas las partes.</numerusform>
                <numerusform>Paquete listo en %n partes, {first} a {last} ({size}), para {recipients}. Envía todas las partes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Records: {records} ({counts}). Evidence files: {files}.</source>
            <translation>Registros: {records} ({counts}). Archivos de evidencia: {files}.</translation>
        </message>
        <message>
            <source>Nothing new to send since the last bundle they confirmed; this one still tells them what you have received.</source>
            <translation>No hay nada nuevo desde el último paquete confirmado; este igual les avisa lo que has recibido.</translation>
        </message>
        <message>
            <source>Conflict copies: {count}.</source>
            <translation>Copias en conflicto: {count}.</translation>
        </message>
        <message>
            <source>Minga's installers beside it: {files}.</source>
            <translation>Instaladores de Minga junto a él: {files}.</translation>
        </message>
        <message>
            <source>Before pulling out the USB drive, eject it (safely remove it) on this computer.</source>
            <translation>Antes de sacar el pendrive, expúlsalo (quítalo de forma segura) en este computador.</translation>
        </message>
        <message>
            <source>Cancelled: no bundle was written.</source>
            <translation>Cancelado: no se escribió ningún paquete.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Invitation to come back</source>
            <translation>Invitación para volver</translation>
        </message>
        <message>
            <source>Minga invitation (*.minga)</source>
            <translation>Invitación de Minga (*.minga)</translation>
        </message>
        <message>
            <source>Welcome to Minga</source>
            <translation>Te damos la bienvenida a Minga</translation>
        </message>
        <message>
            <source>Minga is your microcentre's notebook: your practices, sessions and what colleagues share. Tell us who uses it on this computer.</source>
            <translation>Minga es el cuaderno de tu microcentro: tus prácticas, las sesiones y lo que comparten tus colegas. Cuéntanos quién lo usa en este computador.</translation>
        </message>
        <message>
            <source>I am</source>
            <translation>Soy</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Docente</translation>
        </message>
        <message>
            <source>Advisor</source>
            <translation>Asesor/a</translation>
        </message>
        <message>
            <source>&amp;Full name</source>
            <translation>&amp;Nombre completo</translation>
        </message>
        <message>
            <source>e.g. Ana María Huenchumilla Catrileo</source>
            <translation>p. ej., Ana María Huenchumilla Catrileo</translation>
        </message>
        <message>
            <source>&amp;School</source>
            <translation>&amp;Escuela</translation>
        </message>
        <message>
            <source>e.g. Escuela Rural Los Boldos</source>
            <translation>p. ej., Escuela Rural Los Boldos</translation>
        </message>
        <message>
            <source>&amp;RBD</source>
            <translation>&amp;RBD</translation>
        </message>
        <message>
            <source>The school's Rol Base de Datos with its check digit, like 4478-4.</source>
            <translation>El Rol Base de Datos de la escuela con su dígito verificador, como 4478-4.</translation>
        </message>
        <message>
            <source>The RBD is correct</source>
            <translation>El RBD es correcto</translation>
        </message>
        <message>
            <source>&amp;Microcentre</source>
            <translation>&amp;Microcentro</translation>
        </message>
        <message>
            <source>e.g. Microcentro Los Copihues</source>
            <translation>p. ej., Microcentro Los Copihues</translation>
        </message>
        <message>
            <source>&amp;E-mail (optional)</source>
            <translation>&amp;Correo (opcional)</translation>
        </message>
        <message>
            <source>To send and receive bundles by e-mail</source>
            <translation>Para enviar y recibir paquetes por correo</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>Your records stay on this computer, in {folder}</source>
            <translation>Tus registros se guardan en este computador, en {folder}</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Comenzar</translation>
        </message>
        <message>
            <source>Explore with demo data</source>
            <translation>Explorar con datos de demostración</translation>
        </message>
        <message>
            <source>I am coming back with a new computer…</source>
            <translation>Vuelvo con un computador nuevo…</translation>
        </message>
        <message>
            <source>If you lost your computer and your keys, your advisor gives you an invitation to come back: with it, Minga becomes you again, with new keys.</source>
            <translation>Si perdiste tu computador y tus claves, tu asesor/a te da una invitación para volver: con ella, Minga vuelve a ser tú, con claves nuevas.</translation>
        </message>
        <message>
            <source>Opens an invented microcentre in a separate folder, to try Minga without touching your own records.</source>
            <translation>Abre un microcentro inventado en una carpeta aparte, para probar Minga sin tocar tus propios registros.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpView</name>
        <message>
            <source>Follow-up of the practices applied</source>
            <translation>Seguimiento de las prácticas aplicadas</translation>
        </message>
        <message>
            <source>The network's norm is that every teacher present chooses at least one practice at each session, applies it and writes a self-assessment.</source>
            <translation>El acuerdo de la red es que cada docente presente elija al menos una práctica en cada sesión, la aplique y escriba su autoevaluación.</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Docente</translation>
        </message>
        <message>
            <source>Teachers who have not chosen yet</source>
            <translation>Docentes que aún no eligen</translation>
        </message>
        <message>
            <source>Applications</source>
            <translation>Aplicaciones</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>Practices</source>
            <translation>Prácticas</translation>
        </message>
        <message>
            <source>Pending self-assessments</source>
            <translation>Autoevaluaciones pendientes</translation>
        </message>
        <message>
            <source>Applications of {year} without a self-assessment</source>
            <translation>Aplicaciones de {year} sin autoevaluación</translation>
        </message>
        <message numerus="yes">
            <source>%n teacher(s) present have not chosen a practice yet</source>
            <translation>
                <numerusform>%n docente presente aún no elige una práctica</numerusform>
                <numerusform>%n docentes presentes aún no eligen una práctica</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Invitation (members: {members})</source>
            <translation>Invitación (integrantes: {members})</translation>
        </message>
        <message>
            <source>Invitation imported: you joined the microcentre</source>
            <translation>Invitación importada: te uniste al microcentro</translation>
        </message>
        <message>
            <source>New {new} · updated {updated} · unchanged {unchanged} · conflicts {conflicts}</source>
            <translation>Nuevos {new} · actualizados {updated} · sin cambios {unchanged} · conflictos {conflicts}</translation>
        </message>
        <message>
            <source>new member accepted</source>
            <translation>integrante nuevo aceptado</translation>
        </message>
        <message>
            <source>Records {records} · evidence files {attachments}</source>
            <translation>Registros {records} · archivos de evidencia {attachments}</translation>
        </message>
        <message>
            <source>conflict copies {count}</source>
            <translation>copias en conflicto {count}</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>completo</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Sentido</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Invitation made</source>
            <translation>Invitación creada</translation>
        </message>
        <message>
            <source>Invitation received</source>
            <translation>Invitación recibida</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Enviado</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Recibido</translation>
        </message>
        <message>
            <source>Whole microcentre ({count})</source>
            <translation>Todo el microcentro ({count})</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Bundles sent and received</source>
            <translation>Paquetes enviados y recibidos</translation>
        </message>
        <message>
            <source>What the selected bundle changed</source>
            <translation>Lo que cambió el paquete elegido</translation>
        </message>
        <message>
            <source>No bundle sent or received yet. They will be listed here, newest first.</source>
            <translation>Aún no se envía ni recibe ningún paquete. Aparecerán aquí, los más nuevos primero.</translation>
        </message>
        <message>
            <source>Select a bundle to see what it carried.</source>
            <translation>Elige un paquete para ver lo que llevaba.</translation>
        </message>
        <message>
            <source>It carried {listed}.</source>
            <translation>Llevaba {listed}.</translation>
        </message>
        <message>
            <source>It carried no records, only confirmations.</source>
            <translation>No llevaba registros, solo confirmaciones de recepción.</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Hello, {name}</source>
            <extracomment>Item data role holding the id to open (str practice id or int draft id). Item data role holding the second, quieter line of a row. Inicio sums up everything.</extracomment>
            <translation>Hola, {name}</translation>
        </message>
        <message>
            <source>1 record needs a newer version of Minga.</source>
            <translation>1 registro requiere una versión más nueva de Minga.</translation>
        </message>
        <message>
            <source>{count} records need a newer version of Minga.</source>
            <translation>{count} registros requieren una versión más nueva de Minga.</translation>
        </message>
        <message>
            <source>Your network already uses Minga {version}.</source>
            <translation>Tu red ya usa Minga {version}.</translation>
        </message>
        <message>
            <source>Its installer is in {path}.</source>
            <translation>El instalador está en {path}.</translation>
        </message>
        <message>
            <source>Ask your advisor for the installer.</source>
            <translation>Pide el instalador a tu asesora o asesor.</translation>
        </message>
        <message>
            <source>No teachers in your microcentre yet. Give each one an invitation file (USB drive or e-mail) to join.</source>
            <translation>Todavía no hay docentes en tu microcentro. Entrega a cada docente un archivo de invitación (en un pendrive o por correo) para que se una.</translation>
        </message>
        <message>
            <source>Invite teachers…</source>
            <translation>Invitar docentes…</translation>
        </message>
        <message>
            <source>Recent practices of the network</source>
            <translation>Prácticas recientes de la red</translation>
        </message>
        <message>
            <source>No practices in the network yet.</source>
            <translation>Todavía no hay prácticas en la red.</translation>
        </message>
        <message>
            <source>My recent practices</source>
            <translation>Mis prácticas recientes</translation>
        </message>
        <message>
            <source>You have no practices yet. Start one with "New practice".</source>
            <translation>Todavía no tienes prácticas. Empieza una con «Nueva práctica».</translation>
        </message>
        <message>
            <source>Lately in the microcentre</source>
            <translation>Lo último del microcentro</translation>
        </message>
        <message>
            <source>Your colleagues' practices will appear here when they arrive.</source>
            <translation>Las prácticas de tus colegas aparecerán aquí cuando lleguen.</translation>
        </message>
        <message>
            <source>Drafts to finish</source>
            <translation>Borradores por terminar</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(sin título)</translation>
        </message>
        <message>
            <source>saved today at {time}</source>
            <translation>guardado hoy a las {time}</translation>
        </message>
        <message>
            <source>saved {date}</source>
            <translation>guardado el {date}</translation>
        </message>
        <message numerus="yes">
            <source>(%n more)</source>
            <translation>
                <numerusform>(%n más)</numerusform>
                <numerusform>(%n más)</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing left half done.</source>
            <translation>No te queda nada a medias.</translation>
        </message>
        <message>
            <source>Open agreements</source>
            <translation>Acuerdos pendientes</translation>
        </message>
        <message>
            <source>No open agreements.</source>
            <translation>No hay acuerdos pendientes.</translation>
        </message>
        <message>
            <source>My practices</source>
            <translation>Mis prácticas</translation>
        </message>
        <message>
            <source>{done} of {goal}</source>
            <translation>{done} de {goal}</translation>
        </message>
        <message>
            <source>Practices shared at sessions in {year}</source>
            <translation>Prácticas compartidas en sesiones en {year}</translation>
        </message>
        <message>
            <source>The microcentre's goal: {goal} a year</source>
            <translation>Meta del microcentro: {goal} al año</translation>
        </message>
        <message>
            <source>Schools</source>
            <translation>Escuelas</translation>
        </message>
        <message>
            <source>Teachers</source>
            <translation>Docentes</translation>
        </message>
        <message>
            <source>Sessions held in {year}</source>
            <translation>Sesiones realizadas en {year}</translation>
        </message>
        <message numerus="yes">
            <source>%n practice(s) in the network</source>
            <translation>
                <numerusform>%n práctica en la red</numerusform>
                <numerusform>%n prácticas en la red</numerusform>
            </translation>
        </message>
        <message>
            <source>The session of {date} is to be closed.</source>
            <translation>La sesión del {date} está por cerrar.</translation>
        </message>
        <message>
            <source>Next session</source>
            <translation>Próxima sesión</translation>
        </message>
        <message>
            <source>No session planned yet.</source>
            <translation>Todavía no hay una sesión planificada.</translation>
        </message>
        <message>
            <source>The whole network</source>
            <translation>Toda la red</translation>
        </message>
        <message>
            <source>Session {number}</source>
            <translation>Sesión {number}</translation>
        </message>
        <message>
            <source>due {date}</source>
            <translation>plazo {date}</translation>
        </message>
        <message>
            <source>overdue, {due}</source>
            <translation>atrasado, {due}</translation>
        </message>
        <message>
            <source>MMM d</source>
            <translation>d 'de' MMM</translation>
        </message>
        <message>
            <source>MMM d, yyyy</source>
            <translation>d 'de' MMM 'de' yyyy</translation>
        </message>
    </context>
    <context>
        <name>HostPanel</name>
        <message>
            <source>{advisor} named you host of the session room. Open it at the meeting: the teachers' Mingas leave their bundles for {advisor} with yours (sealed: nobody but {advisor} can read them) and each one receives what {advisor} prepared for her. After the meeting, give {advisor} their bundles on a USB drive.</source>
            <translation>{advisor} te nombró anfitriona de la sala de la sesión. Ábrela en la reunión: los Minga de las docentes dejan en el tuyo sus paquetes para {advisor} (sellados: solo {advisor} puede leerlos) y cada una recibe lo que {advisor} preparó para ella. Después de la reunión, entrégale a {advisor} esos paquetes en un pendrive.</translation>
        </message>
        <message>
            <source>your advisor</source>
            <translation>tu asesora</translation>
        </message>
        <message>
            <source>At the monthly meeting, open the room: the teachers' Mingas in this room send you their bundles over the network and each one receives the consolidated bundle, without USB drives. Everything travels signed and encrypted, and only members of the microcentre can connect.</source>
            <translation>En la reunión mensual, abre la sala: los Minga de las docentes en esta sala te envían sus paquetes por la red y cada una recibe el paquete consolidado, sin pendrives. Todo viaja firmado y cifrado, y solo se pueden conectar integrantes del microcentro.</translation>
        </message>
        <message>
            <source>Prepare the room for {name}…</source>
            <translation>Preparar la sala para {name}…</translation>
        </message>
        <message>
            <source>the host</source>
            <translation>la anfitriona</translation>
        </message>
        <message>
            <source>Take the bundles from {name}'s room</source>
            <translation>Recibir los paquetes de la sala de {name}</translation>
        </message>
        <message>
            <source>Address of the host's room</source>
            <translation>Dirección de la sala de la anfitriona</translation>
        </message>
        <message>
            <source>Code of the host's room</source>
            <translation>Código de la sala de la anfitriona</translation>
        </message>
        <message>
            <source>Load the advisor's bundles…</source>
            <translation>Cargar los paquetes de la asesora…</translation>
        </message>
        <message>
            <source>Hand the bundles to the advisor…</source>
            <translation>Entregar los paquetes a la asesora…</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Integrante</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detalle</translation>
        </message>
        <message>
            <source>Close the room</source>
            <translation>Cerrar la sala</translation>
        </message>
        <message>
            <source>Open the room</source>
            <translation>Abrir la sala</translation>
        </message>
        <message>
            <source>Closing the room…</source>
            <translation>Cerrando la sala…</translation>
        </message>
        <message>
            <source>Opening the room…</source>
            <translation>Abriendo la sala…</translation>
        </message>
        <message>
            <source>Your Minga is keeping the bundles for {advisor} in this room.</source>
            <translation>Tu Minga está guardando los paquetes para {advisor} en esta sala.</translation>
        </message>
        <message>
            <source>Your Minga is receiving bundles in this room.</source>
            <translation>Tu Minga está recibiendo paquetes en esta sala.</translation>
        </message>
        <message>
            <source>The room is closed.</source>
            <translation>La sala está cerrada.</translation>
        </message>
        <message>
            <source>Address: {address}    Code: {code}</source>
            <translation>Dirección: {address}    Código: {code}</translation>
        </message>
        <message>
            <source>The teachers' Mingas find it on the network by themselves. Where they do not (many hotspots block it), they type the address and code above.</source>
            <translation>Los Minga de las docentes la encuentran solos en la red. Donde no la encuentran (muchos puntos de acceso lo impiden), escriben la dirección y el código de arriba.</translation>
        </message>
        <message>
            <source>It is not announced on the network: the teachers type the address and code above.</source>
            <translation>No se anuncia en la red: las docentes escriben la dirección y el código de arriba.</translation>
        </message>
        <message>
            <source>If it does not connect, this computer's other addresses: {addresses}</source>
            <translation>Si no conecta, las otras direcciones de este computador: {addresses}</translation>
        </message>
        <message>
            <source>Fingerprint of your key: {fingerprint}</source>
            <translation>Huella de tu clave: {fingerprint}</translation>
        </message>
        <message>
            <source>in sync</source>
            <translation>al día</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>falta</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>falló</translation>
        </message>
        <message>
            <source>connected, exchanging…</source>
            <translation>conectada, intercambiando…</translation>
        </message>
        <message>
            <source>bundle kept</source>
            <translation>paquete guardado</translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} members left their bundle for the advisor</source>
            <translation>
                <numerusform>%n de {total} integrantes dejó su paquete para la asesora</numerusform>
                <numerusform>%n de {total} integrantes dejaron su paquete para la asesora</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} members in sync</source>
            <translation>
                <numerusform>%n de {total} integrantes al día</numerusform>
                <numerusform>%n de {total} integrantes al día</numerusform>
            </translation>
        </message>
        <message>
            <source>The connection was lost.</source>
            <translation>Se cortó la conexión.</translation>
        </message>
        <message>
            <source>Left her bundle for the advisor and received the advisor's.</source>
            <translation>Dejó su paquete para la asesora y recibió el de la asesora.</translation>
        </message>
        <message>
            <source>Left her bundle for the advisor; the advisor left nothing for her here.</source>
            <translation>Dejó su paquete para la asesora; la asesora no dejó nada para ella aquí.</translation>
        </message>
        <message>
            <source>Sent her bundle and received the consolidated one.</source>
            <translation>Envió su paquete y recibió el consolidado.</translation>
        </message>
        <message>
            <source>Has not connected yet.</source>
            <translation>Todavía no se conecta.</translation>
        </message>
        <message numerus="yes">
            <source>%n connection(s) refused (the last one: fingerprint {fingerprint}, from {peer}).</source>
            <translation>
                <numerusform>%n conexión rechazada (huella {fingerprint}, desde {peer}).</numerusform>
                <numerusform>%n conexiones rechazadas (la última: huella {fingerprint}, desde {peer}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The advisor's bundles: %n member(s), prepared on {date}.</source>
            <translation>
                <numerusform>Paquetes de la asesora: %n integrante, preparados el {date}.</numerusform>
                <numerusform>Paquetes de la asesora: %n integrantes, preparados el {date}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The advisor's bundles are not loaded: the teachers leave theirs and receive hers when the advisor delivers them.</source>
            <translation>Los paquetes de la asesora no están cargados: las docentes dejan los suyos y reciben el de la asesora cuando ella lo entregue.</translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) kept for the advisor.</source>
            <translation>
                <numerusform>%n paquete guardado para la asesora.</numerusform>
                <numerusform>%n paquetes guardados para la asesora.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} hosts the room at the meeting (Members). Before it, prepare the room: a folder with the bundle of each teacher, for {name}'s Minga. Afterwards {name} gives you the teachers' bundles to import; or, while her room is open, type its address and code below and take them.</source>
            <translation>{name} es la anfitriona de la sala en la reunión (Integrantes). Antes, prepara la sala: una carpeta con el paquete de cada docente, para el Minga de {name}. Después, {name} te entrega los paquetes de las docentes para importarlos; o bien, mientras su sala está abierta, escribe abajo su dirección y código y recíbelos.</translation>
        </message>
        <message>
            <source>Prepare the room: choose a folder (a USB drive)</source>
            <translation>Preparar la sala: elige una carpeta (un pendrive)</translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) written to {folder}. Give the folder to {name}: her Minga loads it with “Load the advisor's bundles”.</source>
            <translation>
                <numerusform>%n paquete escrito en {folder}. Entrega la carpeta a {name}: su Minga la carga con «Cargar los paquetes de la asesora».</numerusform>
                <numerusform>%n paquetes escritos en {folder}. Entrega la carpeta a {name}: su Minga la carga con «Cargar los paquetes de la asesora».</numerusform>
            </translation>
        </message>
        <message>
            <source>Type the address shown on the host's screen.</source>
            <translation>Escribe la dirección que muestra la pantalla de la anfitriona.</translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) kept for you in {host}'s room were imported.</source>
            <translation>
                <numerusform>%n paquete guardado para ti en la sala de {host} se importó.</numerusform>
                <numerusform>%n paquetes guardados para ti en la sala de {host} se importaron.</numerusform>
            </translation>
        </message>
        <message>
            <source>The folder the advisor prepared</source>
            <translation>La carpeta que preparó la asesora</translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) of {advisor} are waiting in this room for their members.</source>
            <translation>
                <numerusform>%n paquete de {advisor} espera en esta sala a su integrante.</numerusform>
                <numerusform>%n paquetes de {advisor} esperan en esta sala a sus integrantes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your own bundle from the advisor was imported.</source>
            <translation>Tu propio paquete de la asesora se importó.</translation>
        </message>
        <message>
            <source>Hand the bundles to the advisor: choose a folder (a USB drive)</source>
            <translation>Entregar los paquetes a la asesora: elige una carpeta (un pendrive)</translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) for the advisor copied to {folder}. The advisor imports them in Sincronizar, as usual.</source>
            <translation>
                <numerusform>%n paquete para la asesora copiado en {folder}. La asesora lo importa en Sincronizar, como siempre.</numerusform>
                <numerusform>%n paquetes para la asesora copiados en {folder}. La asesora los importa en Sincronizar, como siempre.</numerusform>
            </translation>
        </message>
        <message>
            <source>The room could not be opened: port {port} is already in use on this computer (is another Minga receiving bundles on it?).</source>
            <translation>No se pudo abrir la sala: el puerto {port} ya está en uso en este computador (¿otro Minga está recibiendo paquetes en él?).</translation>
        </message>
    </context>
    <context>
        <name>IdentityPanel</name>
        <message>
            <source>Your key fingerprint</source>
            <translation>La huella de tu clave</translation>
        </message>
        <message>
            <source>Make my keys now</source>
            <translation>Crear mis claves ahora</translation>
        </message>
        <message>
            <source>Private keys:</source>
            <translation>Claves privadas:</translation>
        </message>
        <message>
            <source>Your advisor:</source>
            <translation>Tu asesor/a:</translation>
        </message>
        <message>
            <source>This computer:</source>
            <translation>Este computador:</translation>
        </message>
        <message>
            <source>Create in&amp;vitation…</source>
            <translation>Crear in&amp;vitación…</translation>
        </message>
        <message>
            <source>A file for teachers to join the microcentre (hand it over or e-mail it)</source>
            <translation>Un archivo para que los docentes se unan al microcentro (entrégalo o envíalo por correo)</translation>
        </message>
        <message>
            <source>Read it aloud to each teacher who joins: they compare it with what Minga shows them, and you compare theirs.</source>
            <translation>Léela en voz alta a cada docente que se une: la comparan con lo que les muestra Minga, y tú comparas la suya.</translation>
        </message>
        <message>
            <source>Read it aloud to each advisor whose territory invitation you accept: she compares it with the one on your card, and you compare hers.</source>
            <translation>Léela en voz alta a cada asesor/a cuya invitación al territorio aceptas: la compara con la de tu tarjeta, y tú comparas la suya.</translation>
        </message>
        <message>
            <source>Read it aloud to your advisor when they accept you as a member: it must match the one their Minga shows.</source>
            <translation>Léela en voz alta a tu asesor/a cuando te acepte como integrante: debe coincidir con la que muestra su Minga.</translation>
        </message>
        <message>
            <source>This computer has no keys yet. They are made with the first bundle or invitation, or now with the button below.</source>
            <translation>Este computador aún no tiene claves. Se crean con el primer paquete o invitación, o ahora con el botón de abajo.</translation>
        </message>
        <message>
            <source>in the system keyring ({backend}).</source>
            <translation>en el llavero del sistema ({backend}).</translation>
        </message>
        <message>
            <source>in the file {path}, locked with a passphrase (this computer has no system keyring). Keep a copy of the data folder: without this file, you would need new keys.</source>
            <translation>en el archivo {path}, protegido con una frase de paso (este computador no tiene llavero del sistema). Guarda una copia de la carpeta de datos: sin este archivo necesitarías claves nuevas.</translation>
        </message>
        <message>
            <source>{name}, fingerprint {fingerprint}</source>
            <translation>{name}, huella {fingerprint}</translation>
        </message>
        <message>
            <source>none yet: import the invitation file your advisor gives you.</source>
            <translation>aún no hay: importa el archivo de invitación que te dé tu asesor/a.</translation>
        </message>
        <message>
            <source>{name}, device {device}</source>
            <translation>{name}, dispositivo {device}</translation>
        </message>
        <message>
            <source>Your keys are ready.</source>
            <translation>Tus claves están listas.</translation>
        </message>
        <message>
            <source>Save the invitation</source>
            <translation>Guardar la invitación</translation>
        </message>
        <message>
            <source>Minga invitation (*.minga)</source>
            <translation>Invitación de Minga (*.minga)</translation>
        </message>
        <message>
            <source>Invitation saved in {path}: {microcentre}, {members} members, {schools} schools. Give it to the teachers and read them your fingerprint: {fingerprint}.</source>
            <translation>Invitación guardada en {path}: {microcentre}, {members} integrantes, {schools} escuelas. Entrégala a los docentes y léeles tu huella: {fingerprint}.</translation>
        </message>
    </context>
    <context>
        <name>ImportPanel</name>
        <message>
            <source>Receive</source>
            <translation>Recibir</translation>
        </message>
        <message>
            <source>Drop the teachers' bundles (.minga) here, from a USB drive or an e-mail.</source>
            <translation>Suelta aquí los paquetes (.minga) de los docentes, desde un pendrive o un correo.</translation>
        </message>
        <message>
            <source>Drop bundles (.minga) or your advisor's invitation here, from a USB drive or an e-mail.</source>
            <translation>Suelta aquí paquetes (.minga) o la invitación de tu asesor/a, desde un pendrive o un correo.</translation>
        </message>
        <message>
            <source>Choose &amp;files…</source>
            <translation>Elegir &amp;archivos…</translation>
        </message>
        <message>
            <source>Bundles and invitations; for a split bundle, any of its parts</source>
            <translation>Paquetes e invitaciones; de un paquete dividido, cualquiera de sus partes</translation>
        </message>
        <message>
            <source>What the bundle changed</source>
            <translation>Lo que cambió el paquete</translation>
        </message>
        <message>
            <source>Bundles or invitation to import</source>
            <translation>Paquetes o invitación por importar</translation>
        </message>
        <message>
            <source>Minga bundles and invitations (*.minga *.minga.0*);;All files (*)</source>
            <translation>Paquetes e invitaciones de Minga (*.minga *.minga.0*);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>{file} was not imported: the fingerprint of your advisor's key was not confirmed. Nothing was changed.</source>
            <translation>{file} no se importó: no se confirmó la huella de la clave de tu asesor/a. No se cambió nada.</translation>
        </message>
        <message>
            <source>Join the microcentre</source>
            <translation>Unirse al microcentro</translation>
        </message>
        <message>
            <source>This invitation from {advisor} lets {name} come back to {microcentre} with this computer and new keys.</source>
            <translation>Esta invitación de {advisor} permite que {name} vuelva a {microcentre} con este computador y claves nuevas.</translation>
        </message>
        <message>
            <source>Invitation from {advisor} to join {microcentre}.</source>
            <translation>Invitación de {advisor} para unirse a {microcentre}.</translation>
        </message>
        <message>
            <source>Fingerprint of your advisor's key:
{fingerprint}

Is it the one {advisor} read to you (in person or by phone)? Join only if it is.</source>
            <translation>Huella de la clave de tu asesor/a:
{fingerprint}

¿Es la misma que {advisor} te leyó (en persona o por teléfono)? Únete solo si lo es.</translation>
        </message>
        <message>
            <source>It is the same: join</source>
            <translation>Es la misma: unirme</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Opening {file}…</source>
            <translation>Abriendo {file}…</translation>
        </message>
        <message>
            <source>Import cancelled: the bundle it was reading changed nothing.</source>
            <translation>Importación cancelada: el paquete que se estaba leyendo no cambió nada.</translation>
        </message>
        <message>
            <source>{file} was not imported: {sender} was not accepted. Nothing was changed.</source>
            <translation>{file} no se importó: no se aceptó a {sender}. No se cambió nada.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) imported</source>
            <translation>
                <numerusform>%n archivo importado</numerusform>
                <numerusform>%n archivos importados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%n rechazado</numerusform>
                <numerusform>%n rechazados</numerusform>
            </translation>
        </message>
        <message>
            <source>{file}: from {sender}, made on {date}</source>
            <translation>{file}: de {sender}, hecho el {date}</translation>
        </message>
        <message>
            <source>{sender} is now a member of the microcentre.</source>
            <translation>{sender} ahora es integrante del microcentro.</translation>
        </message>
        <message>
            <source>This bundle had been imported before: nothing changed.</source>
            <translation>Este paquete ya se había importado: no cambió nada.</translation>
        </message>
        <message>
            <source>Nothing new: everything in it was already here.</source>
            <translation>Nada nuevo: todo lo que traía ya estaba aquí.</translation>
        </message>
        <message numerus="yes">
            <source>%n evidence file(s) received.</source>
            <translation>
                <numerusform>Se recibió %n archivo de evidencia.</numerusform>
                <numerusform>Se recibieron %n archivos de evidencia.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warning: this computer's clock and the network's differ by %n day(s). Check the date and time of this computer.</source>
            <translation>
                <numerusform>Atención: el reloj de este computador y el de la red difieren en %n día. Revisa la fecha y la hora de este computador.</numerusform>
                <numerusform>Atención: el reloj de este computador y el de la red difieren en %n días. Revisa la fecha y la hora de este computador.</numerusform>
            </translation>
        </message>
        <message>
            <source>Some records had been changed in two places: the other version was kept as a copy (see Conflicts).</source>
            <translation>Algunos registros se habían cambiado en dos lugares: la otra versión quedó como copia (ver Conflictos).</translation>
        </message>
        <message>
            <source>Welcome back to {microcentre}</source>
            <translation>De vuelta en {microcentre}</translation>
        </message>
        <message>
            <source>This computer has new keys: your new fingerprint is {fingerprint}. Send your advisor a bundle (Send) and read it to them when they import it.</source>
            <translation>Este computador tiene claves nuevas: tu nueva huella es {fingerprint}. Envía un paquete a tu asesor/a (Enviar) y léesela cuando lo importe.</translation>
        </message>
        <message>
            <source>You are already a member of {microcentre}</source>
            <translation>Ya eres integrante de {microcentre}</translation>
        </message>
        <message>
            <source>You joined the microcentre {microcentre}</source>
            <translation>Te uniste al microcentro {microcentre}</translation>
        </message>
        <message>
            <source>Your advisor is {advisor}; the fingerprint of their key is {fingerprint}.</source>
            <translation>Tu asesor/a es {advisor}; la huella de su clave es {fingerprint}.</translation>
        </message>
        <message>
            <source>Your own fingerprint is {fingerprint}. Now send your advisor a bundle (Send).</source>
            <translation>Tu propia huella es {fingerprint}. Ahora envíale un paquete a tu asesor/a (Enviar).</translation>
        </message>
        <message>
            <source>The advisors send their territory reports as .minga files. Minga imports every new report in this folder: from advisors this territory accepted, each network checked, the newest report of a network kept.</source>
            <translation>Las asesoras envían sus informes territoriales como archivos .minga. Minga importa cada informe nuevo de esta carpeta: de asesoras que este territorio aceptó, revisando cada red y guardando el informe más reciente de cada una.</translation>
        </message>
        <message>
            <source>Reports &amp;folder</source>
            <translation>&amp;Carpeta de informes</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Elegir…</translation>
        </message>
        <message>
            <source>Import new reports &amp;every</source>
            <translation>Importar los informes nuevos ca&amp;da</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>never (only when asked)</source>
            <translation>nunca (solo al pedirlo)</translation>
        </message>
        <message>
            <source>&amp;Import now</source>
            <translation>Importar a&amp;hora</translation>
        </message>
        <message>
            <source>What the last import did</source>
            <translation>Lo que hizo la última importación</translation>
        </message>
        <message>
            <source>The folder of the territory reports</source>
            <translation>La carpeta de los informes territoriales</translation>
        </message>
        <message>
            <source>Choose the folder the reports arrive in.</source>
            <translation>Elige la carpeta donde llegan los informes.</translation>
        </message>
        <message numerus="yes">
            <source>New reports are imported every %n minute(s) while Minga is open.</source>
            <translation>
                <numerusform>Los informes nuevos se importan cada %n minuto mientras Minga está abierto.</numerusform>
                <numerusform>Los informes nuevos se importan cada %n minutos mientras Minga está abierto.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reports are imported when you ask.</source>
            <translation>Los informes se importan cuando lo pides.</translation>
        </message>
        <message>
            <source>The folder {folder} is not there (a USB stick not plugged in?).</source>
            <translation>La carpeta {folder} no está (¿un pendrive sin conectar?).</translation>
        </message>
        <message>
            <source>The reports could not be imported.</source>
            <translation>No se pudieron importar los informes.</translation>
        </message>
        <message>
            <source>Importing the reports in {folder}…</source>
            <translation>Importando los informes de {folder}…</translation>
        </message>
        <message>
            <source>another advisor reports this microcentro</source>
            <translation>otra asesora informa este microcentro</translation>
        </message>
        <message>
            <source>its sessions or practices carry ids of another microcentro</source>
            <translation>sus sesiones o prácticas llevan identificadores de otro microcentro</translation>
        </message>
        <message>
            <source>the hub holds a newer report of it</source>
            <translation>el territorio ya tiene un informe más reciente</translation>
        </message>
        <message>
            <source>Imported {file} from {advisor}: {networks}.</source>
            <translation>Importado {file} de {advisor}: {networks}.</translation>
        </message>
        <message>
            <source>Not imported: {network} ({reason}).</source>
            <translation>No importado: {network} ({reason}).</translation>
        </message>
        <message>
            <source>Refused {file}: {error}</source>
            <translation>Rechazado {file}: {error}</translation>
        </message>
        <message>
            <source>No new report in the folder.</source>
            <translation>No hay informes nuevos en la carpeta.</translation>
        </message>
        <message>
            <source>{imported} new report(s) imported, {skipped} already imported, {refused} refused.</source>
            <translation>Informes nuevos importados: {imported}; ya importados: {skipped}; rechazados: {refused}.</translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message numerus="yes">
            <source>%n new session(s)</source>
            <translation>
                <numerusform>%n sesión nueva</numerusform>
                <numerusform>%n sesiones nuevas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new practice(s)</source>
            <translation>
                <numerusform>%n práctica nueva</numerusform>
                <numerusform>%n prácticas nuevas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new presentation(s)</source>
            <translation>
                <numerusform>%n presentación nueva</numerusform>
                <numerusform>%n presentaciones nuevas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new attendance record(s)</source>
            <translation>
                <numerusform>%n registro de asistencia nuevo</numerusform>
                <numerusform>%n registros de asistencia nuevos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new evaluation(s) of practices</source>
            <translation>
                <numerusform>%n evaluación nueva de prácticas</numerusform>
                <numerusform>%n evaluaciones nuevas de prácticas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new practice choice(s)</source>
            <translation>
                <numerusform>%n práctica elegida nueva</numerusform>
                <numerusform>%n prácticas elegidas nuevas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new application(s) in class</source>
            <translation>
                <numerusform>%n aplicación nueva en clases</numerusform>
                <numerusform>%n aplicaciones nuevas en clases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new self-assessment(s)</source>
            <translation>
                <numerusform>%n autoevaluación nueva</numerusform>
                <numerusform>%n autoevaluaciones nuevas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new observation note(s)</source>
            <translation>
                <numerusform>%n nota de observación nueva</numerusform>
                <numerusform>%n notas de observación nuevas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new exit-ticket count(s)</source>
            <translation>
                <numerusform>%n conteo nuevo de tickets de salida</numerusform>
                <numerusform>%n conteos nuevos de tickets de salida</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new answer(s) to observations</source>
            <translation>
                <numerusform>%n respuesta nueva a observaciones</numerusform>
                <numerusform>%n respuestas nuevas a observaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new improvement cycle(s)</source>
            <translation>
                <numerusform>%n ciclo de mejora nuevo</numerusform>
                <numerusform>%n ciclos de mejora nuevos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new agreement(s)</source>
            <translation>
                <numerusform>%n acuerdo nuevo</numerusform>
                <numerusform>%n acuerdos nuevos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new year plan(s)</source>
            <translation>
                <numerusform>%n plan anual nuevo</numerusform>
                <numerusform>%n planes anuales nuevos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new template(s)</source>
            <translation>
                <numerusform>%n plantilla nueva</numerusform>
                <numerusform>%n plantillas nuevas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new member(s)</source>
            <translation>
                <numerusform>%n integrante nuevo</numerusform>
                <numerusform>%n integrantes nuevos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new evidence file(s)</source>
            <translation>
                <numerusform>%n archivo de evidencia nuevo</numerusform>
                <numerusform>%n archivos de evidencia nuevos</numerusform>
            </translation>
        </message>
        <message>
            <source>{items} and {last}</source>
            <translation>{items} y {last}</translation>
        </message>
        <message numerus="yes">
            <source>%n other new record(s)</source>
            <extracomment>The order of the phrases: what matters most to her first.</extracomment>
            <translation>
                <numerusform>%n registro nuevo más</numerusform>
                <numerusform>%n registros nuevos más</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) to what you had</source>
            <translation>
                <numerusform>%n cambio a lo que ya tenías</numerusform>
                <numerusform>%n cambios a lo que ya tenías</numerusform>
            </translation>
        </message>
        <message>
            <source>{new}; {changed}</source>
            <translation>{new}; {changed}</translation>
        </message>
        <message>
            <source>From {sender}: {what}.</source>
            <translation>De {sender}: {what}.</translation>
        </message>
    </context>
    <context>
        <name>ImprovementPage</name>
        <message>
            <source>Improvement cycles (PHEA: plan, do, study, adjust)</source>
            <extracomment>The kinds of record it shows (`minga.ui.changes.Page`).</extracomment>
            <translation>Ciclos de mejora (PHEA: planear, hacer, estudiar, ajustar)</translation>
        </message>
        <message>
            <source>New cycle</source>
            <translation>Nuevo ciclo</translation>
        </message>
        <message>
            <source>Start a new improvement cycle ({shortcut})</source>
            <translation>Empezar un nuevo ciclo de mejora ({shortcut})</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Ciclo</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Datos</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor/a</translation>
        </message>
        <message>
            <source>Improvement cycles</source>
            <translation>Ciclos de mejora</translation>
        </message>
        <message>
            <source>Choose a cycle and press Enter to open it, or start a new one with {shortcut}. A cycle plans a change, tries it, studies its data on a run chart and decides.</source>
            <translation>Elige un ciclo (un clic o Enter) para abrirlo, o empieza uno nuevo con {shortcut}. Un ciclo planea un cambio, lo prueba, estudia sus datos en un gráfico de tendencia y decide.</translation>
        </message>
        <message numerus="yes">
            <source>%n cycle(s)</source>
            <translation>
                <numerusform>%n ciclo</numerusform>
                <numerusform>%n ciclos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IndicatorsPage</name>
        <message>
            <source>School year</source>
            <translation>Año escolar</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Attendance per session</source>
            <translation>Asistencia por sesión</translation>
        </message>
        <message>
            <source>Satisfaction per question</source>
            <translation>Satisfacción por pregunta</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Docente</translation>
        </message>
        <message>
            <source>Chose at the last session</source>
            <translation>Eligió en la última sesión</translation>
        </message>
        <message>
            <source>Applications without self-assessment</source>
            <translation>Aplicaciones sin autoevaluación</translation>
        </message>
        <message>
            <source>Pending items per teacher</source>
            <translation>Pendientes por docente</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>Chose a practice</source>
            <translation>Eligió práctica</translation>
        </message>
        <message>
            <source>Figures per session</source>
            <translation>Cifras por sesión</translation>
        </message>
        <message>
            <source>Indicators of the microcentre</source>
            <translation>Indicadores del microcentro</translation>
        </message>
        <message>
            <source>Attendance, practices shared, adoption, continuation, satisfaction and exit tickets of the whole network.</source>
            <translation>Asistencia, prácticas compartidas, elección, continuidad, satisfacción y tickets de salida de toda la red.</translation>
        </message>
        <message>
            <source>My indicators</source>
            <translation>Mis indicadores</translation>
        </message>
        <message>
            <source>Your own figures: your attendance, choices, self-assessments and tallies.</source>
            <translation>Tus propias cifras: tu asistencia, tus elecciones, autoevaluaciones y conteos.</translation>
        </message>
        <message>
            <source>My pending items</source>
            <translation>Mis pendientes</translation>
        </message>
        <message>
            <source>Exit tickets: how the answers change</source>
            <translation>Tickets de salida: cómo cambian las respuestas</translation>
        </message>
        <message>
            <source>No sessions in this year yet.</source>
            <translation>Aún no hay sesiones este año.</translation>
        </message>
        <message>
            <source>No survey answers yet.</source>
            <translation>Aún no hay respuestas de la encuesta.</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Calculando…</translation>
        </message>
        <message>
            <source>The indicators could not be computed.</source>
            <translation>No se pudieron calcular los indicadores.</translation>
        </message>
        <message>
            <source>Figures of {year} up to {date} (computed at {time})</source>
            <translation>Cifras de {year} hasta el {date} (calculadas a las {time})</translation>
        </message>
        <message>
            <source>Session {number} ({date}): {rate}</source>
            <translation>Sesión {number} ({date}): {rate}</translation>
        </message>
        <message>
            <source>goal {percent}</source>
            <translation>meta {percent}</translation>
        </message>
        <message>
            <source>Bars: sessions by number. Dashed line: the goal.</source>
            <translation>Barras: sesiones por número. Línea punteada: la meta.</translation>
        </message>
        <message>
            <source>Bars: sessions by number.</source>
            <translation>Barras: sesiones por número.</translation>
        </message>
        <message>
            <source>Very useful</source>
            <translation>Muy útil</translation>
        </message>
        <message>
            <source>{name}: {numerator} / {denominator}.</source>
            <translation>{name}: {numerator} / {denominator}.</translation>
        </message>
        <message>
            <source>Goal: {value}, {source} (“{quote}”).</source>
            <translation>Meta: {value}, {source} («{quote}»).</translation>
        </message>
        <message>
            <source>Satisfaction survey: the figure the network's goal reads, and agreement</source>
            <translation>Encuesta de satisfacción: la cifra con que se lee la meta de la red, y el acuerdo</translation>
        </message>
        <message>
            <source>How each figure is counted</source>
            <translation>Cómo se cuenta cada cifra</translation>
        </message>
        <message>
            <source>Students per school and level</source>
            <translation>Estudiantes por escuela y nivel</translation>
        </message>
        <message>
            <source>Very useful (top answer)</source>
            <translation>Muy útil (respuesta máxima)</translation>
        </message>
        <message>
            <source>Very prepared (top answer)</source>
            <translation>Muy preparado/a (respuesta máxima)</translation>
        </message>
        <message>
            <source>Trust to voice doubts (agree or better)</source>
            <translation>Confianza para plantear dudas (de acuerdo o más)</translation>
        </message>
        <message>
            <source>Brought into practice (agree or better)</source>
            <translation>Lo incorporó a su práctica (de acuerdo o más)</translation>
        </message>
        <message>
            <source>goal {goal} ({source})</source>
            <translation>meta {goal} ({source})</translation>
        </message>
        <message>
            <source>agree or better {rate}</source>
            <translation>de acuerdo o más {rate}</translation>
        </message>
        <message>
            <source>top answer {rate}</source>
            <translation>respuesta máxima {rate}</translation>
        </message>
        <message>
            <source>No session held in this year yet.</source>
            <translation>Aún no se realiza ninguna sesión este año.</translation>
        </message>
        <message>
            <source>Last session held: {number}. {title} ({date}). “—” means not expected (absent).</source>
            <translation>Última sesión realizada: {number}. {title} ({date}). «—» significa que no se esperaba (ausente).</translation>
        </message>
        <message>
            <source>Attendance at the sessions of {year}</source>
            <translation>Asistencia a las sesiones de {year}</translation>
        </message>
        <message>
            <source>{present} present, {absent} absent, {excused} excused</source>
            <translation>{present} presentes, {absent} ausentes, {excused} justificados</translation>
        </message>
        <message>
            <source>Practices shared at sessions</source>
            <translation>Prácticas compartidas en sesiones</translation>
        </message>
        <message>
            <source>Goal of the year reached: {goal}</source>
            <translation>Meta del año cumplida: {goal}</translation>
        </message>
        <message>
            <source>The goal of the year: {goal}</source>
            <translation>La meta del año: {goal}</translation>
        </message>
        <message>
            <source>My practices presented at sessions</source>
            <translation>Mis prácticas presentadas en sesiones</translation>
        </message>
        <message>
            <source>Chose a practice to apply</source>
            <translation>Eligieron una práctica para aplicar</translation>
        </message>
        <message>
            <source>Sessions where I chose a practice</source>
            <translation>Sesiones en que elegí una práctica</translation>
        </message>
        <message>
            <source>{ratio} of those present</source>
            <translation>{ratio} presentes</translation>
        </message>
        <message>
            <source>Self-assessments that keep the practice</source>
            <translation>Autoevaluaciones que mantienen la práctica</translation>
        </message>
        <message>
            <source>Continue {keep} · with adjustments {adjust} · drop {drop}</source>
            <translation>Siguen {keep} · con ajustes {adjust} · la dejan {drop}</translation>
        </message>
        <message>
            <source>No exit tickets tallied in this year yet.</source>
            <translation>Aún no hay tickets de salida contados este año.</translation>
        </message>
        <message numerus="yes">
            <source>%n tally(ies). Each column is the share of answers of a month that chose each option.</source>
            <translation>
                <numerusform>%n conteo. Cada columna es la proporción de respuestas del mes que marcó cada opción.</numerusform>
                <numerusform>%n conteos. Cada columna es la proporción de respuestas del mes que marcó cada opción.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n tally(ies). Each column is one of your applications.</source>
            <translation>
                <numerusform>%n conteo. Cada columna es una de tus aplicaciones.</numerusform>
                <numerusform>%n conteos. Cada columna es una de tus aplicaciones.</numerusform>
            </translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Aún no</translation>
        </message>
    </context>
    <context>
        <name>KeysPassphraseDialog</name>
        <message>
            <source>Passphrase of the keys in the backup</source>
            <translation>Frase de paso de las claves del respaldo</translation>
        </message>
        <message>
            <source>Your private keys go into the backup locked with this passphrase. Choose one you will remember and keep it apart from the backup: without it the keys cannot be opened, and nobody can recover it for you.</source>
            <translation>Tus claves privadas van en el respaldo protegidas con esta frase de paso. Elige una que vayas a recordar y guárdala lejos del respaldo: sin ella las claves no se pueden abrir, y nadie puede recuperarla por ti.</translation>
        </message>
        <message>
            <source>This backup holds the private keys of its owner. Type the passphrase chosen when it was made.</source>
            <translation>Este respaldo contiene las claves privadas de su dueño/a. Escribe la frase de paso que se eligió al hacerlo.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de paso</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frase de paso:</translation>
        </message>
        <message>
            <source>Passphrase again</source>
            <translation>Frase de paso otra vez</translation>
        </message>
        <message>
            <source>&amp;Again:</source>
            <translation>&amp;Otra vez:</translation>
        </message>
        <message>
            <source>Type the passphrase.</source>
            <translation>Escribe la frase de paso.</translation>
        </message>
        <message>
            <source>Choose a passphrase of at least {min} characters.</source>
            <translation>Elige una frase de paso de al menos {min} caracteres.</translation>
        </message>
        <message>
            <source>The two passphrases differ; type them again.</source>
            <translation>Las dos frases no coinciden; escríbelas de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>LayoutCheck</name>
        <message>
            <source>{what} lies outside the window at {where}</source>
            <extracomment>Pixels a button or field needs around its text beyond the style's own parts. A combo box may elide a long choice (a session's title), but shows this much of it.</extracomment>
            <translation>{what} queda fuera de la ventana en {where}</translation>
        </message>
        <message>
            <source>{what} is {width} px wide, its text needs {needed} px</source>
            <translation>{what} mide {width} px de ancho y su texto necesita {needed} px</translation>
        </message>
    </context>
    <context>
        <name>LibraryPanel</name>
        <message>
            <source>Practice</source>
            <extracomment>Typing pauses this long before the search runs (milliseconds). Rows fetched per search (the count says how many match in all).</extracomment>
            <translation>Práctica</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Red</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Escuela</translation>
        </message>
        <message>
            <source>Subjects</source>
            <translation>Asignaturas</translation>
        </message>
        <message>
            <source>Levels</source>
            <translation>Niveles</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <source>Search the &amp;territory's practices</source>
            <translation>Buscar en las prácticas del &amp;territorio</translation>
        </message>
        <message>
            <source>words of the title, description or OA</source>
            <translation>palabras del título, la descripción o los OA</translation>
        </message>
        <message>
            <source>Y&amp;ear</source>
            <translation>A&amp;ño</translation>
        </message>
        <message>
            <source>Every year</source>
            <translation>Todos los años</translation>
        </message>
        <message>
            <source>The territory's practices</source>
            <translation>Las prácticas del territorio</translation>
        </message>
        <message>
            <source>The chosen practice</source>
            <translation>La práctica elegida</translation>
        </message>
        <message>
            <source>Choose a practice to read it whole.</source>
            <translation>Elige una práctica para leerla completa.</translation>
        </message>
        <message>
            <source>No practice matches.</source>
            <translation>Ninguna práctica coincide.</translation>
        </message>
        <message>
            <source>The library is empty: it fills as the advisors' territory reports are imported.</source>
            <translation>La biblioteca está vacía: se llena al importar los informes territoriales de las asesoras.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln practice(s) match; the first {shown} are listed.</source>
            <translation>
                <numerusform>%Ln práctica coincide; se muestran las primeras {shown}.</numerusform>
                <numerusform>%Ln prácticas coinciden; se muestran las primeras {shown}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n practice(s).</source>
            <translation>
                <numerusform>%n práctica.</numerusform>
                <numerusform>%n prácticas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Advisor</source>
            <translation>Asesor/a</translation>
        </message>
        <message>
            <source>OA</source>
            <translation>OA</translation>
        </message>
        <message>
            <source>Presented</source>
            <translation>Presentada</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Multigrade strategy</source>
            <translation>Estrategia multigrado</translation>
        </message>
    </context>
    <context>
        <name>MailPanel</name>
        <message>
            <source>Send a bundle by e-mail</source>
            <translation>Enviar un paquete por correo</translation>
        </message>
        <message>
            <source>Send now</source>
            <translation>Enviar ahora</translation>
        </message>
        <message>
            <source>Check mail</source>
            <translation>Revisar correo</translation>
        </message>
        <message>
            <source>Set up e-mail…</source>
            <translation>Configurar correo…</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>Bandeja de salida</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Enviados</translation>
        </message>
        <message>
            <source>Inbox</source>
            <translation>Bandeja de entrada</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Para</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Intentos</translation>
        </message>
        <message>
            <source>Next try</source>
            <translation>Próximo intento</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Último error</translation>
        </message>
        <message>
            <source>To</source>
            <translation>A</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Recibido</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Asunto</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>{file} (part {part} of {parts})</source>
            <translation>{file} (parte {part} de {parts})</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importado</translation>
        </message>
        <message>
            <source>For review</source>
            <translation>Por revisar</translation>
        </message>
        <message>
            <source>Waiting for more parts</source>
            <translation>Esperando más partes</translation>
        </message>
        <message>
            <source>E-mail is not set up yet. Press “Set up e-mail…” to start.</source>
            <translation>El correo aún no está configurado. Presiona «Configurar correo…» para empezar.</translation>
        </message>
        <message numerus="yes">
            <source>In the outbox, waiting: %n part(s).</source>
            <translation>
                <numerusform>En la bandeja de salida espera %n parte.</numerusform>
                <numerusform>En la bandeja de salida esperan %n partes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing waits in the outbox.</source>
            <translation>No hay nada esperando en la bandeja de salida.</translation>
        </message>
        <message>
            <source>No incoming server is set up.</source>
            <translation>No hay servidor de entrada configurado.</translation>
        </message>
        <message>
            <source>Last check: {when}. Imported: {imported}; for review: {review}; waiting for parts: {waiting}.</source>
            <translation>Última revisión: {when}. Importados: {imported}; por revisar: {review}; esperando partes: {waiting}.</translation>
        </message>
        <message numerus="yes">
            <source>Bundle queued: %n part(s).</source>
            <translation>
                <numerusform>Paquete en la bandeja de salida: %n parte.</numerusform>
                <numerusform>Paquete en la bandeja de salida: %n partes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n part(s) sent.</source>
            <translation>
                <numerusform>%n parte enviada.</numerusform>
                <numerusform>%n partes enviadas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Mail checked: {imported} imported, {review} for review.</source>
            <translation>Correo revisado: {imported} importados, {review} por revisar.</translation>
        </message>
    </context>
    <context>
        <name>MailScheduler</name>
        <message numerus="yes">
            <source>%n part(s) waiting: e-mail is not set up</source>
            <translation>
                <numerusform>%n parte espera: falta configurar el correo</numerusform>
                <numerusform>%n partes esperan: falta configurar el correo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n part(s) waiting for a connection</source>
            <translation>
                <numerusform>%n parte espera conexión</numerusform>
                <numerusform>%n partes esperan conexión</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n part(s) waiting in the outbox</source>
            <translation>
                <numerusform>%n parte en la bandeja de salida</numerusform>
                <numerusform>%n partes en la bandeja de salida</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MailSettingsDialog</name>
        <message>
            <source>E-mail settings</source>
            <translation>Configuración del correo</translation>
        </message>
        <message>
            <source>Check the mailbox on its own while Minga is open</source>
            <translation>Revisar el buzón automáticamente mientras Minga está abierta</translation>
        </message>
        <message>
            <source>name@gmail.com</source>
            <translation>nombre@gmail.com</translation>
        </message>
        <message>
            <source>Your e-mail address</source>
            <translation>Tu correo electrónico</translation>
        </message>
        <message>
            <source>Show the server settings</source>
            <translation>Mostrar la configuración de los servidores</translation>
        </message>
        <message>
            <source>Sending (SMTP)</source>
            <translation>Envío (SMTP)</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Servidor</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Puerto</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Seguridad</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>Advisor's address</source>
            <translation>Dirección de la asesora o asesor</translation>
        </message>
        <message>
            <source>Largest part</source>
            <translation>Tamaño máximo de cada parte</translation>
        </message>
        <message>
            <source>Receiving (IMAP, optional)</source>
            <translation>Recepción (IMAP, opcional)</translation>
        </message>
        <message>
            <source>User (if another)</source>
            <translation>Usuario (si es otro)</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Carpeta</translation>
        </message>
        <message>
            <source>Extra certificate authority</source>
            <translation>Autoridad certificadora adicional</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Probar conexión</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <source>(saved; type to change it)</source>
            <translation>(guardada; escribe para cambiarla)</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Conectando…</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Envío</translation>
        </message>
        <message>
            <source>Receiving</source>
            <translation>Recepción</translation>
        </message>
        <message>
            <source>{what}: it works.</source>
            <translation>{what}: funciona.</translation>
        </message>
        <message>
            <source>{what}: it does not work. {reason}</source>
            <translation>{what}: no funciona. {reason}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Home</source>
            <extracomment>A territory's hub (its coordinator) belongs to no network: the areas of a network's own work mean nothing there (its Inicio and Territorio sum up the networks).</extracomment>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Territorio</translation>
        </message>
        <message>
            <source>Practices</source>
            <translation>Prácticas</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Aplicación</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>Observación</translation>
        </message>
        <message>
            <source>Improvement cycles</source>
            <translation>Ciclos de mejora</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicadores</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sincronizar</translation>
        </message>
        <message>
            <source>Opening your data…</source>
            <extracomment>How long an information message stays in the status bar (milliseconds). The e-mail scheduler starts (and makes its first round) this long after the data is in the window (milliseconds).</extracomment>
            <translation>Abriendo tus datos…</translation>
        </message>
        <message numerus="yes">
            <source>%n part(s) sent by e-mail.</source>
            <translation>
                <numerusform>Se envió %n parte por correo.</numerusform>
                <numerusform>Se enviaron %n partes por correo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) received by e-mail and imported.</source>
            <translation>
                <numerusform>Llegó %n paquete por correo y se importó.</numerusform>
                <numerusform>Llegaron %n paquetes por correo y se importaron.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>E-mail brought %n bundle(s) to review in Sincronizar.</source>
            <translation>
                <numerusform>Llegó por correo %n paquete para revisar en Sincronizar.</numerusform>
                <numerusform>Llegaron por correo %n paquetes para revisar en Sincronizar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barra principal</translation>
        </message>
        <message>
            <source>New practice</source>
            <translation>Nueva práctica</translation>
        </message>
        <message>
            <source>Write a new practice ({shortcut})</source>
            <translation>Escribir una práctica nueva ({shortcut})</translation>
        </message>
        <message>
            <source>Search practices (Ctrl+F)</source>
            <translation>Buscar prácticas (Ctrl+F)</translation>
        </message>
        <message>
            <source>Words from the title, description or materials; accents are optional.</source>
            <translation>Palabras del título, la descripción o los materiales; las tildes son opcionales.</translation>
        </message>
        <message>
            <source>{area} (Ctrl+{number})</source>
            <translation>{area} (Ctrl+{number})</translation>
        </message>
        <message>
            <source>DEMO DATA</source>
            <translation>DATOS DE DEMOSTRACIÓN</translation>
        </message>
        <message>
            <source>This folder holds invented demo data to explore Minga. Nothing here is anyone's real work.</source>
            <translation>Esta carpeta tiene datos de demostración inventados para explorar Minga. Nada de esto es trabajo real de nadie.</translation>
        </message>
        <message>
            <source>Minga — {place}</source>
            <translation>Minga — {place}</translation>
        </message>
        <message>
            <source>{title} [DEMO] — Demo data</source>
            <translation>{title} [DEMO] — Datos de demostración</translation>
        </message>
        <message>
            <source>Minga</source>
            <translation>Minga</translation>
        </message>
        <message>
            <source>Open another microcentro</source>
            <translation>Abrir otro microcentro</translation>
        </message>
        <message>
            <source>Close Minga</source>
            <translation>Cerrar Minga</translation>
        </message>
        <message>
            <source>The practice you are editing cannot be saved yet: look at the marked fields.</source>
            <translation>La práctica que estás editando todavía no se puede guardar: revisa los campos marcados.</translation>
        </message>
        <message>
            <source>What you are editing in {area} cannot be saved yet: look at the marked fields.</source>
            <translation>Lo que estás editando en {area} todavía no se puede guardar: revisa los campos marcados.</translation>
        </message>
        <message>
            <source>If you change now, it stays as a draft and you can finish it when you come back to this microcentro.</source>
            <translation>Si cambias ahora, queda como borrador y puedes terminarlo cuando vuelvas a este microcentro.</translation>
        </message>
        <message>
            <source>If you close now, it stays as a draft and you can finish it next time.</source>
            <translation>Si cierras ahora, queda como borrador y puedes terminarla la próxima vez.</translation>
        </message>
        <message>
            <source>Change and keep the draft</source>
            <translation>Cambiar y conservar el borrador</translation>
        </message>
        <message>
            <source>Close and keep the draft</source>
            <translation>Cerrar y guardar el borrador</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Seguir editando</translation>
        </message>
    </context>
    <context>
        <name>MemberPanel</name>
        <message>
            <source>You host the session room</source>
            <translation>Eres la anfitriona de la sala de la sesión</translation>
        </message>
        <message>
            <source>Your own bundle</source>
            <translation>Tu propio paquete</translation>
        </message>
        <message>
            <source>At the monthly meeting, connect to your advisor's Minga in the room: it receives your bundle and gives you the consolidated one, without USB drives.</source>
            <translation>En la reunión mensual, conéctate al Minga de tu asesora en la sala: recibe tu paquete y te entrega el consolidado, sin pendrives.</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>Con&amp;ectar</translation>
        </message>
        <message>
            <source>Does it not appear? Type the address and code shown on your advisor's screen (many hotspots do not let computers find each other):</source>
            <translation>¿No aparece? Escribe la dirección y el código que muestra la pantalla de tu asesora (muchos puntos de acceso no dejan que los computadores se encuentren):</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Dirección:</translation>
        </message>
        <message>
            <source>C&amp;ode:</source>
            <translation>Código:</translation>
        </message>
        <message>
            <source>Connect with this address</source>
            <translation>Conectar con esta dirección</translation>
        </message>
        <message>
            <source>{name} is receiving bundles in this room.</source>
            <translation>{name} está recibiendo paquetes en esta sala.</translation>
        </message>
        <message>
            <source>Looking for {advisor}'s Minga on this network…</source>
            <translation>Buscando el Minga de {advisor} en esta red…</translation>
        </message>
        <message>
            <source>your advisor</source>
            <translation>tu asesora</translation>
        </message>
        <message>
            <source>Your advisor's Minga was not found on this network.</source>
            <translation>El Minga de tu asesora no aparece en esta red.</translation>
        </message>
        <message>
            <source>Preparing your bundle…</source>
            <translation>Preparando tu paquete…</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Conectando…</translation>
        </message>
        <message>
            <source>Sending your bundle: {done} of {total}</source>
            <translation>Enviando tu paquete: {done} de {total}</translation>
        </message>
        <message>
            <source>Your advisor's Minga is importing your bundle…</source>
            <translation>El Minga de tu asesora está importando tu paquete…</translation>
        </message>
        <message>
            <source>Receiving the consolidated bundle: {done} of {total}</source>
            <translation>Recibiendo el paquete consolidado: {done} de {total}</translation>
        </message>
        <message>
            <source>Importing the consolidated bundle…</source>
            <translation>Importando el paquete consolidado…</translation>
        </message>
        <message>
            <source>Type the address shown on your advisor's screen.</source>
            <translation>Escribe la dirección que muestra la pantalla de tu asesora.</translation>
        </message>
        <message>
            <source>Connected to {host} (fingerprint {fingerprint}).</source>
            <translation>Se conectó con {host} (huella {fingerprint}).</translation>
        </message>
        <message>
            <source>Your bundle stays with {host} for the advisor; the bundle back will arrive when the advisor delivers it.</source>
            <translation>Tu paquete quedó con {host} para la asesora; el de vuelta llegará cuando la asesora lo entregue.</translation>
        </message>
        <message>
            <source>Nothing new: everything in it was already here.</source>
            <translation>Nada nuevo: todo lo que traía ya estaba aquí.</translation>
        </message>
        <message numerus="yes">
            <source>%n evidence file(s) received.</source>
            <translation>
                <numerusform>%n archivo de evidencia recibido.</numerusform>
                <numerusform>%n archivos de evidencia recibidos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your bundle stays with {host} for the advisor.</source>
            <translation>Tu paquete quedó con {host} para la asesora.</translation>
        </message>
        <message>
            <source>You are in sync with the network.</source>
            <translation>Estás al día con la red.</translation>
        </message>
        <message>
            <source>Press Connect again: what already arrived is kept.</source>
            <translation>Presiona Conectar otra vez: lo que ya llegó se conserva.</translation>
        </message>
    </context>
    <context>
        <name>MembersModel</name>
        <message>
            <source>Member</source>
            <translation>Integrante</translation>
        </message>
        <message>
            <source>Waiting for acceptance</source>
            <translation>Esperando aceptación</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Retirado/a</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Escuela</translation>
        </message>
        <message>
            <source>Membership</source>
            <translation>Membresía</translation>
        </message>
        <message>
            <source>Key fingerprint</source>
            <translation>Huella de la clave</translation>
        </message>
        <message>
            <source>Last bundle from them</source>
            <translation>Último paquete recibido</translation>
        </message>
        <message>
            <source>{name} (you)</source>
            <translation>{name} (tú)</translation>
        </message>
        <message>
            <source>{membership}, room host</source>
            <translation>{membership}, anfitriona de la sala</translation>
        </message>
        <message>
            <source>no key yet</source>
            <translation>aún sin clave</translation>
        </message>
        <message>
            <source>Their keys arrive with the first bundle they send you.</source>
            <translation>Sus claves llegan con el primer paquete que te envíen.</translation>
        </message>
    </context>
    <context>
        <name>MembersPanel</name>
        <message>
            <source>A teacher becomes a member with their first bundle: when you import it, Minga shows their key fingerprint and yours. Read both aloud together (in person or by phone) and choose “Accept as member”. A bundle you did not accept is not kept: ask the teacher to send it again.</source>
            <translation>Un/a docente se vuelve integrante con su primer paquete: al importarlo, Minga muestra la huella de su clave y la tuya. Léanlas en voz alta juntos (en persona o por teléfono) y elige «Aceptar como integrante». Un paquete que no aceptaste no se guarda: pide que te lo envíen de nuevo.</translation>
        </message>
        <message>
            <source>Your advisor accepts the members; this list comes with their bundles. Bundles are accepted only from the people listed as members.</source>
            <translation>Tu asesor/a acepta a los integrantes; esta lista llega con sus paquetes. Solo se aceptan paquetes de las personas que figuran como integrantes.</translation>
        </message>
        <message>
            <source>Members of the microcentre</source>
            <translation>Integrantes del microcentro</translation>
        </message>
        <message>
            <source>Remove from the microcentre</source>
            <translation>Retirar del microcentro</translation>
        </message>
        <message>
            <source>Invite back with a new computer…</source>
            <translation>Volver a incorporar con un computador nuevo…</translation>
        </message>
        <message>
            <source>Personal data…</source>
            <translation>Datos personales…</translation>
        </message>
        <message>
            <source>They stop receiving bundles and their bundles are refused; what they shared stays under their name</source>
            <translation>Deja de recibir paquetes y sus paquetes se rechazan; lo que compartió queda a su nombre</translation>
        </message>
        <message>
            <source>Remove as room host</source>
            <translation>Quitar como anfitriona</translation>
        </message>
        <message>
            <source>Name host of the room</source>
            <translation>Nombrar anfitriona de la sala</translation>
        </message>
        <message>
            <source>At the monthly meeting her Minga opens the session room instead of yours: it keeps the teachers' bundles for you (sealed: she cannot read them) and gives each one what you prepared</source>
            <translation>En la reunión mensual su Minga abre la sala de la sesión en vez del tuyo: guarda para ti los paquetes de las docentes (sellados: ella no puede leerlos) y entrega a cada una lo que preparaste</translation>
        </message>
        <message>
            <source>A copy of the member's data, or its erasure at her request (Ley 21.719)</source>
            <translation>Una copia de los datos de la integrante, o su borrado a su pedido (Ley 21.719)</translation>
        </message>
        <message>
            <source>For a member who lost her computer and her keys: an invitation that makes her new computer her again, with new keys; her old keys are revoked</source>
            <translation>Para una integrante que perdió su computador y sus claves: una invitación que hace que su computador nuevo vuelva a ser ella, con claves nuevas; sus claves viejas quedan revocadas</translation>
        </message>
        <message>
            <source>Save the invitation back</source>
            <translation>Guardar la invitación para volver</translation>
        </message>
        <message>
            <source>Minga invitation (*.minga)</source>
            <translation>Invitación de Minga (*.minga)</translation>
        </message>
        <message>
            <source>Invitation for {name} to come back saved in {path}. Read her your fingerprint, {fingerprint}. When her first bundle arrives, compare the new fingerprint she reads to you before accepting it: her old keys are then revoked everywhere.</source>
            <translation>Invitación para que {name} vuelva, guardada en {path}. Léele tu huella, {fingerprint}. Cuando llegue su primer paquete, compara la huella nueva que te lea antes de aceptarlo: entonces sus claves viejas quedan revocadas en todas partes.</translation>
        </message>
        <message>
            <source>You host the meeting's room yourself again. Your next bundles tell every member.</source>
            <translation>Vuelves a abrir tú misma la sala de la reunión. Tus próximos paquetes se lo dicen a cada integrante.</translation>
        </message>
        <message>
            <source>{name} hosts the meeting's room: her Minga keeps the teachers' bundles for you and gives each one what you prepare in Session room. Your next bundles tell every member.</source>
            <translation>{name} es la anfitriona de la sala de la reunión: su Minga guarda para ti los paquetes de las docentes y entrega a cada una lo que prepares en Sala de la sesión. Tus próximos paquetes se lo dicen a cada integrante.</translation>
        </message>
        <message>
            <source>{name} was removed from the microcentre. Your next bundles tell every member.</source>
            <translation>{name} fue retirado/a del microcentro. Tus próximos paquetes se lo comunican a cada integrante.</translation>
        </message>
        <message>
            <source>Waiting for acceptance: {names}. Import their bundle again to accept them.</source>
            <translation>Esperando aceptación: {names}. Importa de nuevo su paquete para aceptarlos.</translation>
        </message>
    </context>
    <context>
        <name>MinutesTab</name>
        <message>
            <source>Minutes of the session</source>
            <translation>Acta de la sesión</translation>
        </message>
        <message>
            <source>Agreements, who presented, what was decided, tasks for the next session…</source>
            <translation>Acuerdos, quiénes presentaron, qué se decidió, tareas para la próxima sesión…</translation>
        </message>
        <message>
            <source>Minutes (acta)</source>
            <translation>Acta</translation>
        </message>
        <message>
            <source>Approve the minutes</source>
            <translation>Aprobar el acta</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Acuerdos</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Plazo</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Cumplido</translation>
        </message>
        <message>
            <source>What was agreed</source>
            <translation>Lo acordado</translation>
        </message>
        <message>
            <source>Add agreement</source>
            <translation>Agregar acuerdo</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Marcar cumplido</translation>
        </message>
        <message>
            <source>The whole network</source>
            <translation>Toda la red</translation>
        </message>
        <message>
            <source>Not approved yet: the minutes are read and approved at the next session.</source>
            <translation>Aún sin aprobar: el acta se lee y se aprueba en la sesión siguiente.</translation>
        </message>
        <message>
            <source>Minutes approved on {date}.</source>
            <translation>Acta aprobada el {date}.</translation>
        </message>
        <message>
            <source>Undo the approval</source>
            <translation>Deshacer la aprobación</translation>
        </message>
    </context>
    <context>
        <name>MyDataDialog</name>
        <message>
            <source>My data</source>
            <extracomment>Asks where to write a file (a seam tests replace; the window asks the person). Called after an erasure, so the window reads its pages again.</extracomment>
            <translation>Mis datos</translation>
        </message>
        <message>
            <source>Chile's personal data law (Ley 21.719) gives every person the right to a copy of her data and to its erasure. The privacy page says what Minga keeps, who receives it and for how long.</source>
            <translation>La ley de protección de datos personales (Ley 21.719) da a cada persona el derecho a recibir una copia de sus datos y a pedir que se borren. La página de privacidad dice qué guarda Minga, quién lo recibe y por cuánto tiempo.</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>A copy of the data</source>
            <translation>Copia de los datos</translation>
        </message>
        <message>
            <source>A ZIP file with every record about and by the person in an open format (JSON, with a README in Spanish), her evidence files and a PDF summary.</source>
            <translation>Un archivo ZIP con todos los registros de la persona y sobre ella en un formato abierto (JSON, con un LÉAME en castellano), sus archivos de evidencia y un resumen en PDF.</translation>
        </message>
        <message>
            <source>Export data…</source>
            <translation>Exportar datos…</translation>
        </message>
        <message>
            <source>Erasure</source>
            <translation>Borrado</translation>
        </message>
        <message>
            <source>I understand that the erasure reaches every computer and cannot be undone</source>
            <translation>Entiendo que el borrado llega a todos los computadores y no se puede deshacer</translation>
        </message>
        <message>
            <source>She also leaves the microcentre (her bundles are refused from now on)</source>
            <translation>También deja el microcentro (desde ahora se rechazan sus paquetes)</translation>
        </message>
        <message>
            <source>Erase data</source>
            <translation>Borrar datos</translation>
        </message>
        <message>
            <source>Privacy page (PDF)…</source>
            <translation>Página de privacidad (PDF)…</translation>
        </message>
        <message>
            <source>The data of this person were already erased.</source>
            <translation>Los datos de esta persona ya fueron borrados.</translation>
        </message>
        <message>
            <source>Erasing replaces the name of {name} and her e-mail address; this computer holds no record of hers to empty. Your next bundles carry the erasure to every computer of the network.</source>
            <translation>Borrar reemplaza el nombre de {name} y su correo; este computador no guarda registros suyos que vaciar. Tus próximos paquetes llevan el borrado a todos los computadores de la red.</translation>
        </message>
        <message>
            <source>Erasing replaces the name of {name} and her e-mail address, and empties the texts of: {counts}. Her evidence files are deleted. Counts in the indicators stay, without her name. Your next bundles carry the erasure to every computer of the network.</source>
            <translation>Borrar reemplaza el nombre de {name} y su correo, y vacía los textos de: {counts}. Sus archivos de evidencia se eliminan. Los conteos de los indicadores se mantienen, sin su nombre. Tus próximos paquetes llevan el borrado a todos los computadores de la red.</translation>
        </message>
        <message>
            <source>{name} also leaves the microcentre: her bundles are refused from now on.</source>
            <translation>{name} también deja el microcentro: desde ahora se rechazan sus paquetes.</translation>
        </message>
        <message>
            <source>{name} stays a member of the microcentre: she keeps receiving the network's bundles, but what she writes from now on is erased too on every computer. Tick the box below if she also leaves.</source>
            <translation>{name} sigue siendo integrante del microcentro: sigue recibiendo los paquetes de la red, pero lo que escriba desde ahora también se borra en todos los computadores. Marca la casilla de abajo si además deja el microcentro.</translation>
        </message>
        <message>
            <source>You stay a member of the microcentre: you keep receiving the network's bundles, but what you write from now on is erased too on every computer. To leave it, ask your advisor to remove you.</source>
            <translation>Sigues siendo integrante del microcentro: sigues recibiendo los paquetes de la red, pero lo que escribas desde ahora también se borra en todos los computadores. Para dejarlo, pídele a tu asesora o asesor que te retire.</translation>
        </message>
        <message>
            <source>{name} is no longer a member of the microcentre.</source>
            <translation>{name} ya no es integrante del microcentro.</translation>
        </message>
        <message>
            <source>Export data</source>
            <translation>Exportar datos</translation>
        </message>
        <message>
            <source>The data of {name} were written to {path}.</source>
            <translation>Los datos de {name} quedaron en {path}.</translation>
        </message>
        <message>
            <source>The data of {name} were erased on this computer. Your next bundles carry the erasure to every computer of the network.</source>
            <translation>Los datos de {name} se borraron en este computador. Tus próximos paquetes llevan el borrado a todos los computadores de la red.</translation>
        </message>
        <message>
            <source>She also left the microcentre: her bundles are refused from now on.</source>
            <translation>También dejó el microcentro: desde ahora se rechazan sus paquetes.</translation>
        </message>
        <message>
            <source>Privacy page</source>
            <translation>Página de privacidad</translation>
        </message>
        <message>
            <source>The privacy page was written to {path}.</source>
            <translation>La página de privacidad quedó en {path}.</translation>
        </message>
    </context>
    <context>
        <name>NetworkSwitcher</name>
        <message>
            <source>(no name)</source>
            <extracomment>Opens the switcher's menu from anywhere in the window.</extracomment>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <source>Microcentro: {name}</source>
            <translation>Microcentro: {name}</translation>
        </message>
        <message>
            <source>Your microcentros: open another one ({shortcut})</source>
            <translation>Tus microcentros: abre otro ({shortcut})</translation>
        </message>
        <message>
            <source>Microcentro in use: {name}</source>
            <translation>Microcentro en uso: {name}</translation>
        </message>
        <message>
            <source>New microcentro…</source>
            <extracomment>Set by `WindowHost`: reopens the window on another microcentro's folder.</extracomment>
            <translation>Nuevo microcentro…</translation>
        </message>
        <message>
            <source>Microcentro «{name}» created: it opens now.</source>
            <translation>Microcentro «{name}» creado: se abre ahora.</translation>
        </message>
        <message>
            <source>That microcentro is open in another Minga window: it came to the front.</source>
            <translation>Ese microcentro está abierto en otra ventana de Minga: quedó al frente.</translation>
        </message>
    </context>
    <context>
        <name>NetworksTable</name>
        <message>
            <source>Sessions held</source>
            <extracomment>The rows of the table: (key, English label); `compact` shows the first four.</extracomment>
            <translation>Sesiones realizadas</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>Practices shared</source>
            <translation>Prácticas compartidas</translation>
        </message>
        <message>
            <source>Adoption (chose a practice)</source>
            <translation>Elección de prácticas</translation>
        </message>
        <message>
            <source>Continuation</source>
            <translation>Continuidad</translation>
        </message>
        <message>
            <source>Very useful (survey)</source>
            <translation>Muy útil (encuesta)</translation>
        </message>
        <message>
            <source>Teachers</source>
            <translation>Docentes</translation>
        </message>
        <message>
            <source>{percent} ({numerator} of {denominator})</source>
            <translation>{percent} ({numerator} de {denominator})</translation>
        </message>
        <message>
            <source>{held} of {planned}</source>
            <translation>{held} de {planned}</translation>
        </message>
        <message>
            <source>{count} (goal {goal})</source>
            <translation>{count} (meta {goal})</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Calculando…</translation>
        </message>
        <message>
            <source>{name} (open)</source>
            <translation>{name} (abierto)</translation>
        </message>
        <message>
            <source>Your microcentros side by side, {year}</source>
            <translation>Tus microcentros lado a lado, {year}</translation>
        </message>
        <message>
            <source>Your microcentros side by side</source>
            <translation>Tus microcentros lado a lado</translation>
        </message>
        <message>
            <source>Each column is that microcentro's own Indicadores for the year, read in its own folder; nothing is added up across networks.</source>
            <translation>Cada columna son los Indicadores del año de ese microcentro, leídos en su propia carpeta; nada se suma entre redes.</translation>
        </message>
        <message>
            <source>The whole figures are in Indicadores, «All my microcentros».</source>
            <translation>Las cifras completas están en Indicadores, «Todos mis microcentros».</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Mostrar</translation>
        </message>
        <message>
            <source>This microcentro</source>
            <translation>Este microcentro</translation>
        </message>
        <message>
            <source>All my microcentros</source>
            <translation>Todos mis microcentros</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
    </context>
    <context>
        <name>NewMemberDialog</name>
        <message>
            <source>New key</source>
            <translation>Clave nueva</translation>
        </message>
        <message>
            <source>New member</source>
            <translation>Integrante nuevo</translation>
        </message>
        <message>
            <source>{sender} is back with a new computer and new keys</source>
            <translation>{sender} volvió con un computador nuevo y claves nuevas</translation>
        </message>
        <message>
            <source>You invited {sender} back. The bundle {file} is signed with her new key. Read both fingerprints aloud with {sender}, in person or by phone: if they match, accept her new key; her old keys are then revoked here and, with your next bundles, everywhere.</source>
            <translation>Invitaste a {sender} a volver. El paquete {file} está firmado con su clave nueva. Lean ambas huellas en voz alta con {sender}, en persona o por teléfono: si coinciden, acepta su clave nueva; entonces sus claves viejas quedan revocadas aquí y, con tus próximos paquetes, en todas partes.</translation>
        </message>
        <message>
            <source>{sender} signed with a new key</source>
            <translation>{sender} firmó con una clave nueva</translation>
        </message>
        <message>
            <source>The bundle {file} comes from {sender}, but it is signed with a key this computer does not know (a new computer, or new keys). Accept it only if {sender} confirms the fingerprint below.</source>
            <translation>El paquete {file} viene de {sender}, pero está firmado con una clave que este computador no conoce (un computador nuevo o claves nuevas). Acéptalo solo si {sender} confirma la huella de abajo.</translation>
        </message>
        <message>
            <source>Accept {sender} as a member of the microcentre?</source>
            <translation>¿Aceptar a {sender} como integrante del microcentro?</translation>
        </message>
        <message>
            <source>The bundle {file} comes from {sender}, who is not a member yet. Before accepting, read both fingerprints aloud with {sender}, in person or by phone: they must match what Minga shows on their computer (Sync, My identity).</source>
            <translation>El paquete {file} viene de {sender}, que aún no es integrante. Antes de aceptar, lean ambas huellas en voz alta con {sender}, en persona o por teléfono: deben coincidir con lo que Minga muestra en su computador (Sincronizar, Mi identidad).</translation>
        </message>
        <message>
            <source>Fingerprint of {sender}</source>
            <translation>Huella de {sender}</translation>
        </message>
        <message>
            <source>Your fingerprint (this computer)</source>
            <translation>Tu huella (este computador)</translation>
        </message>
        <message>
            <source>If a fingerprint does not match, choose “Do not accept”: the bundle is left out and nothing changes.</source>
            <translation>Si una huella no coincide, elige «No aceptar»: el paquete queda fuera y no cambia nada.</translation>
        </message>
        <message>
            <source>Accept as member</source>
            <translation>Aceptar como integrante</translation>
        </message>
        <message>
            <source>Accept her new key</source>
            <translation>Aceptar su clave nueva</translation>
        </message>
        <message>
            <source>Do not accept</source>
            <translation>No aceptar</translation>
        </message>
    </context>
    <context>
        <name>NewNetworkDialog</name>
        <message>
            <source>New microcentro</source>
            <translation>Nuevo microcentro</translation>
        </message>
        <message>
            <source>Each microcentro keeps its own teachers, sessions, practices and bundles, in a data folder of its own. You are the same person in all of them, with the same keys.</source>
            <translation>Cada microcentro guarda sus propios docentes, sesiones, prácticas y paquetes, en una carpeta de datos propia. Eres la misma persona en todos, con las mismas claves.</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>&amp;Region</source>
            <translation>&amp;Región</translation>
        </message>
        <message>
            <source>&amp;Commune</source>
            <translation>&amp;Comuna</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <source>Commune</source>
            <translation>Comuna</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Crear</translation>
        </message>
        <message>
            <source>Preparing the microcentro's folder…</source>
            <translation>Preparando la carpeta del microcentro…</translation>
        </message>
    </context>
    <context>
        <name>ObservationEditor</name>
        <message>
            <source>Observed colleague</source>
            <translation>Colega observado/a</translation>
        </message>
        <message>
            <source>Date of the observation</source>
            <translation>Fecha de la observación</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Focus of the observation</source>
            <translation>Foco de la observación</translation>
        </message>
        <message>
            <source>What you agreed to look at, e.g. questions that make students reason</source>
            <translation>Lo que acordaron mirar, por ejemplo, preguntas que hacen razonar a los estudiantes</translation>
        </message>
        <message>
            <source>Focus</source>
            <translation>Foco</translation>
        </message>
        <message>
            <source>Observation protocol</source>
            <translation>Pauta de observación</translation>
        </message>
        <message>
            <source>What you saw and heard: facts, quotes, students' work.</source>
            <translation>Lo que viste y escuchaste: hechos, frases, trabajos de los estudiantes.</translation>
        </message>
        <message>
            <source>What works well in this class.</source>
            <translation>Lo que funciona bien en esta clase.</translation>
        </message>
        <message>
            <source>What could grow: one or two things, said kindly.</source>
            <translation>Lo que podría crecer: una o dos cosas, dichas con cariño.</translation>
        </message>
        <message>
            <source>What you both agreed to try next.</source>
            <translation>Lo que acordaron probar a continuación.</translation>
        </message>
        <message>
            <source>The one step the teacher will take before the next observation.</source>
            <translation>El paso que la o el docente dará antes de la próxima observación.</translation>
        </message>
        <message>
            <source>Follow-up of an earlier observation</source>
            <translation>Seguimiento de una observación anterior</translation>
        </message>
        <message>
            <source>Who receives it</source>
            <translation>Quién la recibe</translation>
        </message>
        <message>
            <source>The observed teacher and the advisor</source>
            <translation>La persona observada y el/la asesor/a</translation>
        </message>
        <message>
            <source>Who may read it</source>
            <translation>Quién puede leerla</translation>
        </message>
        <message>
            <source>Only the observer, the advisor and me</source>
            <translation>Solo quien observó, el/la asesor/a y yo</translation>
        </message>
        <message>
            <source>The whole microcentre</source>
            <translation>Todo el microcentro</translation>
        </message>
        <message>
            <source>Your reply</source>
            <translation>Tu respuesta</translation>
        </message>
        <message>
            <source>What you think of the note, what you will try, what you would like to add.</source>
            <translation>Qué te parece el registro, qué vas a probar, qué te gustaría agregar.</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidencias</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Fortalezas</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Oportunidades de mejora</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Acuerdos</translation>
        </message>
        <message>
            <source>Action step</source>
            <translation>Paso de acción</translation>
        </message>
        <message>
            <source>— choose a colleague</source>
            <translation>— elige a un/a colega</translation>
        </message>
        <message>
            <source>{name} (revision {revision})</source>
            <translation>{name} (revisión {revision})</translation>
        </message>
        <message>
            <source>Not observed</source>
            <translation>No se observa</translation>
        </message>
        <message>
            <source>Partly observed</source>
            <translation>Se observa en parte</translation>
        </message>
        <message>
            <source>Observed</source>
            <translation>Se observa</translation>
        </message>
        <message>
            <source>Observed outstandingly</source>
            <translation>Se observa de manera destacada</translation>
        </message>
        <message>
            <source>— not answered</source>
            <translation>— sin responder</translation>
        </message>
        <message>
            <source>New observation note</source>
            <translation>Nuevo registro de observación</translation>
        </message>
        <message>
            <source>Peer observation is formative, never punitive: write what you saw, with respect; your colleague can read it and reply.</source>
            <translation>La observación entre pares es formativa, nunca punitiva: escribe lo que viste, con respeto; tu colega puede leerlo y responder.</translation>
        </message>
        <message>
            <source>My observation of {name}</source>
            <translation>Mi observación a {name}</translation>
        </message>
        <message>
            <source>{observer} observed your class</source>
            <translation>{observer} observó tu clase</translation>
        </message>
        <message>
            <source>This note is {observer}'s; you can reply to it below (Ctrl+S sends your reply).</source>
            <translation>Este registro es de {observer}; puedes responderlo más abajo (Ctrl+S envía tu respuesta).</translation>
        </message>
        <message>
            <source>{observer} observed {observed}</source>
            <translation>{observer} observó a {observed}</translation>
        </message>
        <message>
            <source>This note is {observer}'s; you can read it.</source>
            <translation>Este registro es de {observer}; puedes leerlo.</translation>
        </message>
        <message>
            <source>— a first observation</source>
            <translation>— una primera observación</translation>
        </message>
        <message>
            <source>{date}: {focus}</source>
            <translation>{date}: {focus}</translation>
        </message>
        <message>
            <source>First observation: {date}. Action step agreed: {step}</source>
            <translation>Primera observación: {date}. Paso de acción acordado: {step}</translation>
        </message>
        <message>
            <source>Items that went up: {up} · went down: {down}.</source>
            <translation>Aspectos que subieron: {up} · bajaron: {down}.</translation>
        </message>
        <message>
            <source>Compared with the first observation</source>
            <translation>Comparada con la primera observación</translation>
        </message>
        <message>
            <source>Replies ({count})</source>
            <translation>Respuestas ({count})</translation>
        </message>
        <message>
            <source>Observer: {observer} · Observed: {observed} · {date}</source>
            <translation>Observó: {observer} · Observado/a: {observed} · {date}</translation>
        </message>
        <message>
            <source>Send reply</source>
            <translation>Enviar respuesta</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>{name} let the whole microcentre read this note (her choice).</source>
            <translation>{name} permitió que todo el microcentro lea esta nota (es su decisión).</translation>
        </message>
        <message>
            <source>Who else may read it is the observed teacher's choice, not yours: by default only the two of you and the advisor.</source>
            <translation>Quién más puede leerla lo decide la persona observada, no tú: por omisión, solo ustedes dos y el/la asesor/a.</translation>
        </message>
        <message>
            <source>You decide who may read this note about you: by default only the observer, the advisor and you. You can change it whenever you want.</source>
            <translation>Tú decides quién puede leer esta nota sobre ti: por omisión, solo quien observó, el/la asesor/a y tú. Puedes cambiarlo cuando quieras.</translation>
        </message>
        <message>
            <source>The whole microcentre may read this note now.</source>
            <translation>Ahora todo el microcentro puede leer esta nota.</translation>
        </message>
        <message>
            <source>Only the observer, the advisor and you may read this note now.</source>
            <translation>Ahora solo quien observó, el/la asesor/a y tú pueden leer esta nota.</translation>
        </message>
        <message>
            <source>Reply to {observer}</source>
            <translation>Respuesta a {observer}</translation>
        </message>
        <message>
            <source>Observation of {name}</source>
            <translation>Observación a {name}</translation>
        </message>
        <message>
            <source>Your reply was saved; it travels with the note.</source>
            <translation>Tu respuesta quedó guardada; viaja junto con el registro.</translation>
        </message>
        <message>
            <source>Choose the colleague you observed.</source>
            <translation>Elige a la colega observada.</translation>
        </message>
        <message>
            <source>Observation note saved.</source>
            <translation>Registro de observación guardado.</translation>
        </message>
    </context>
    <context>
        <name>ObservationPage</name>
        <message>
            <source>Peer classroom observation</source>
            <extracomment>The kinds of record it shows (`minga.ui.changes.Page`).</extracomment>
            <translation>Observación de aula entre pares</translation>
        </message>
        <message>
            <source>Which notes</source>
            <translation>Qué registros</translation>
        </message>
        <message>
            <source>Notes I wrote</source>
            <translation>Registros que escribí</translation>
        </message>
        <message>
            <source>Notes about my class</source>
            <translation>Registros sobre mi clase</translation>
        </message>
        <message>
            <source>Every note I can read</source>
            <translation>Todos los registros que puedo leer</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>New observation note</source>
            <translation>Nuevo registro de observación</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Nuevo registro</translation>
        </message>
        <message>
            <source>Write a new observation note ({shortcut})</source>
            <translation>Escribir un nuevo registro de observación ({shortcut})</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Colleague</source>
            <translation>Colega</translation>
        </message>
        <message>
            <source>Focus</source>
            <translation>Foco</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>Respuestas</translation>
        </message>
        <message>
            <source>Who may read it</source>
            <translation>Quién puede leerla</translation>
        </message>
        <message>
            <source>Observation notes</source>
            <translation>Registros de observación</translation>
        </message>
        <message>
            <source>Click a note or choose it and press Enter to read it, or write a new one with {shortcut}. Notes about your class can be answered with a reply.</source>
            <translation>Haz clic en un registro, o elígelo y presiona Enter, para leerlo; o escribe uno nuevo con {shortcut}. Los registros sobre tu clase se pueden responder.</translation>
        </message>
        <message>
            <source>The whole microcentre</source>
            <translation>Todo el microcentro</translation>
        </message>
        <message>
            <source>The two of them and the advisor</source>
            <translation>Ambas personas y el/la asesor/a</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) written by you</source>
            <translation>
                <numerusform>%n registro escrito por ti</numerusform>
                <numerusform>%n registros escritos por ti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) about your class</source>
            <translation>
                <numerusform>%n registro sobre tu clase</numerusform>
                <numerusform>%n registros sobre tu clase</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n registro</numerusform>
                <numerusform>%n registros</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Passphrase of your keys</source>
            <translation>Frase de paso de tus claves</translation>
        </message>
        <message>
            <source>This computer has no system keyring, so Minga keeps your private keys in {path}, locked with a passphrase. Choose one you will remember: without it, Minga cannot open your keys.</source>
            <translation>Este computador no tiene llavero del sistema, así que Minga guarda tus claves privadas en {path}, protegidas con una frase de paso. Elige una que vayas a recordar: sin ella, Minga no puede abrir tus claves.</translation>
        </message>
        <message>
            <source>This computer has no system keyring, so your private keys are in {path}, locked with a passphrase. Type it to continue.</source>
            <translation>Este computador no tiene llavero del sistema, así que tus claves privadas están en {path}, protegidas con una frase de paso. Escríbela para continuar.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de paso</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frase de paso:</translation>
        </message>
        <message>
            <source>Passphrase again</source>
            <translation>Frase de paso otra vez</translation>
        </message>
        <message>
            <source>&amp;Again:</source>
            <translation>&amp;Otra vez:</translation>
        </message>
        <message>
            <source>Type the passphrase.</source>
            <translation>Escribe la frase de paso.</translation>
        </message>
        <message>
            <source>The two passphrases differ; type them again.</source>
            <translation>Las dos frases de paso no coinciden; escríbelas de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>PlanTab</name>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>For example: Problem solving in combined classes</source>
            <translation>Por ejemplo: Resolución de problemas en cursos combinados</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Hora de inicio</translation>
        </message>
        <message>
            <source>Modality</source>
            <translation>Modalidad</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>School or community hall; a link when remote</source>
            <translation>Escuela o sede social; un enlace si es a distancia</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Coordinador/a</translation>
        </message>
        <message>
            <source>— the advisor —</source>
            <translation>— el/la asesor/a —</translation>
        </message>
        <message>
            <source>Focus of the session</source>
            <translation>Foco de la sesión</translation>
        </message>
        <message>
            <source>For example: Mathematics, problem solving</source>
            <translation>Por ejemplo: Matemática, resolución de problemas</translation>
        </message>
        <message>
            <source>Agenda items</source>
            <translation>Puntos de la tabla</translation>
        </message>
        <message>
            <source>Agenda (double-click or F2 to edit an item)</source>
            <translation>Tabla de la sesión (doble clic o F2 para editar un punto)</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>Agregar punto</translation>
        </message>
        <message>
            <source>Remove item</source>
            <translation>Quitar punto</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Presencial</translation>
        </message>
        <message>
            <source>Blended</source>
            <translation>Semipresencial</translation>
        </message>
        <message>
            <source>Remote</source>
            <translation>A distancia</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Punto</translation>
        </message>
        <message>
            <source>Duration (min)</source>
            <translation>Duración (min)</translation>
        </message>
        <message>
            <source>Total: {minutes} min ({hours} pedagogical hours) of {allowance} min a month</source>
            <translation>Total: {minutes} min ({hours} horas pedagógicas) de {allowance} min al mes</translation>
        </message>
    </context>
    <context>
        <name>PracticeForm</name>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>For example: The school shop</source>
            <translation>Por ejemplo: El almacén escolar</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <source>Subjects</source>
            <translation>Asignaturas</translation>
        </message>
        <message>
            <source>Su&amp;bjects</source>
            <translation>A&amp;signaturas</translation>
        </message>
        <message>
            <source>Levels</source>
            <translation>Niveles</translation>
        </message>
        <message>
            <source>&amp;Levels (tick every level taking part)</source>
            <translation>&amp;Niveles (marca todos los que participan)</translation>
        </message>
        <message>
            <source>Learning objectives (OA codes)</source>
            <translation>Objetivos de aprendizaje (códigos OA)</translation>
        </message>
        <message>
            <source>For example: MA02 OA 03, MA03 OA 05</source>
            <translation>Por ejemplo: MA02 OA 03, MA03 OA 05</translation>
        </message>
        <message>
            <source>Separate codes with commas. You may type them short, like ma2oa3.</source>
            <translation>Separa los códigos con comas. Puedes escribirlos abreviados, como ma2oa3.</translation>
        </message>
        <message>
            <source>Learning &amp;objectives (OA codes)</source>
            <translation>&amp;Objetivos de aprendizaje (códigos OA)</translation>
        </message>
        <message>
            <source>Find a learning objective</source>
            <translation>Buscar un objetivo de aprendizaje</translation>
        </message>
        <message>
            <source>Find an OA: 'contar'</source>
            <translation>Busca un OA: «contar»</translation>
        </message>
        <message>
            <source>Find an objective by words, like 'contar' (the ticked subjects and levels)</source>
            <translation>Busca un objetivo por palabras, como «contar» (de las asignaturas y niveles marcados)</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>What the students do, step by step, and what they learn.</source>
            <translation>Qué hacen los estudiantes, paso a paso, y qué aprenden.</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Descripción</translation>
        </message>
        <message>
            <source>Multigrade strategy</source>
            <translation>Estrategia multigrado</translation>
        </message>
        <message>
            <source>How the levels work together: groups, shared task, tutoring between ages…</source>
            <translation>Cómo trabajan juntos los niveles: grupos, tarea común, tutoría entre edades…</translation>
        </message>
        <message>
            <source>&amp;Multigrade strategy</source>
            <translation>&amp;Estrategia multigrado</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>Materiales</translation>
        </message>
        <message>
            <source>What you need: worksheets, concrete material, recycled objects…</source>
            <translation>Lo que necesitas: guías, material concreto, objetos reciclados…</translation>
        </message>
        <message>
            <source>M&amp;aterials</source>
            <translation>&amp;Materiales</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Sin indicar</translation>
        </message>
        <message>
            <source>Duration in minutes</source>
            <translation>Duración en minutos</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Who can see it</source>
            <translation>Quién puede verla</translation>
        </message>
        <message>
            <source>D&amp;uration</source>
            <translation>D&amp;uración</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>Est&amp;ado</translation>
        </message>
        <message>
            <source>&amp;Visibility</source>
            <translation>&amp;Visibilidad</translation>
        </message>
        <message>
            <source>Evidence files</source>
            <translation>Archivos de evidencia</translation>
        </message>
        <message>
            <source>Ev&amp;idence (photos, worksheets, plans…)</source>
            <translation>Ev&amp;idencias (fotos, guías, planificaciones…)</translation>
        </message>
        <message>
            <source>Attach &amp;file…</source>
            <translation>Ad&amp;juntar archivo…</translation>
        </message>
        <message>
            <source>You can also drop files onto the form.</source>
            <translation>También puedes arrastrar archivos al formulario.</translation>
        </message>
        <message>
            <source>O&amp;pen</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Opens the file with the program your computer uses</source>
            <translation>Abre el archivo con el programa que usa tu computador</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Removes the selected file from this practice</source>
            <translation>Quita de esta práctica el archivo seleccionado</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Cerrar</translation>
        </message>
        <message>
            <source>Save the practice ({shortcut})</source>
            <translation>Guardar la práctica ({shortcut})</translation>
        </message>
        <message>
            <source>Close the form (Esc)</source>
            <translation>Cerrar el formulario (Esc)</translation>
        </message>
        <message>
            <source>New practice</source>
            <extracomment>The `kind` of practice drafts in `DraftService`. Where evidence files are copied (with their own names) to open them: the store names them by hash, and a viewer needs the extension. A private temporary folder made on first use (a shared one could hold someone else's files).</extracomment>
            <translation>Nueva práctica</translation>
        </message>
        <message>
            <source>Practice in the trash</source>
            <translation>Práctica en la papelera</translation>
        </message>
        <message>
            <source>This practice is in the trash. Restore it to change it.</source>
            <translation>Esta práctica está en la papelera. Restáurala para modificarla.</translation>
        </message>
        <message>
            <source>This practice is in the trash.</source>
            <translation>Esta práctica está en la papelera.</translation>
        </message>
        <message>
            <source>Practice by {author}</source>
            <translation>Práctica de {author}</translation>
        </message>
        <message>
            <source>This practice belongs to {author}{school}. Only its author can change it; you can read it and open its evidence.</source>
            <translation>Esta práctica es de {author}{school}. Solo su autor o autora puede modificarla; tú puedes leerla y abrir sus evidencias.</translation>
        </message>
        <message>
            <source>another person</source>
            <translation>otra persona</translation>
        </message>
        <message>
            <source>Edit practice</source>
            <translation>Editar práctica</translation>
        </message>
        <message>
            <source>Save the changes to «{title}» first?</source>
            <translation>¿Guardar primero los cambios de «{title}»?</translation>
        </message>
        <message>
            <source>Save the new practice first?</source>
            <translation>¿Guardar primero la práctica nueva?</translation>
        </message>
        <message>
            <source>Learning objectives not in the catalogue</source>
            <translation>Objetivos de aprendizaje que no están en el catálogo</translation>
        </message>
        <message>
            <source>Keep them</source>
            <translation>Mantenerlos</translation>
        </message>
        <message>
            <source>Correct them</source>
            <translation>Corregirlos</translation>
        </message>
        <message>
            <source>Practice «{title}» saved.</source>
            <translation>Práctica «{title}» guardada.</translation>
        </message>
        <message>
            <source>Draft kept at {time}</source>
            <translation>Borrador guardado a las {time}</translation>
        </message>
        <message>
            <source>Discard the unsaved changes to «{title}»?</source>
            <translation>¿Descartar los cambios sin guardar de «{title}»?</translation>
        </message>
        <message>
            <source>Discard this new practice?</source>
            <translation>¿Descartar esta práctica nueva?</translation>
        </message>
        <message numerus="yes">
            <source>Attaching %n file(s)…</source>
            <translation>
                <numerusform>Adjuntando %n archivo…</numerusform>
                <numerusform>Adjuntando %n archivos…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) attached.</source>
            <translation>
                <numerusform>Se adjuntó %n archivo.</numerusform>
                <numerusform>Se adjuntaron %n archivos.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} (attached when you save)</source>
            <extracomment>Evidence shown as a small picture in the list: the usual photo and image files.</extracomment>
            <translation>{name} (se adjunta al guardar)</translation>
        </message>
        <message>
            <source>Attach evidence files</source>
            <translation>Adjuntar archivos de evidencia</translation>
        </message>
        <message>
            <source>Evidence ({patterns})</source>
            <translation>Evidencias ({patterns})</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>The file {name} could not be opened: {reason}</source>
            <translation>No se pudo abrir el archivo {name}: {reason}</translation>
        </message>
        <message>
            <source>Remove file</source>
            <translation>Quitar archivo</translation>
        </message>
        <message>
            <source>Remove the file «{name}» from this practice?</source>
            <translation>¿Quitar el archivo «{name}» de esta práctica?</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>File «{name}» removed.</source>
            <translation>Se quitó el archivo «{name}».</translation>
        </message>
    </context>
    <context>
        <name>PracticePicker</name>
        <message>
            <source>Search a practice</source>
            <translation>Buscar una práctica</translation>
        </message>
        <message>
            <source>Words of the title or description</source>
            <translation>Palabras del título o la descripción</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Práctica</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor/a</translation>
        </message>
        <message>
            <source>Practices found</source>
            <translation>Prácticas encontradas</translation>
        </message>
        <message>
            <source>No results.</source>
            <translation>Sin resultados.</translation>
        </message>
    </context>
    <context>
        <name>PracticeTableModel</name>
        <message>
            <source>This column cannot be sorted.</source>
            <extracomment>Sortable columns and their `PracticeQuery.sort` key (levels and subjects are lists). How many times the model asked the service for a page / a count (for tests and benchmarks: the model must not load everything up front).</extracomment>
            <translation>Esta columna no se puede ordenar.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor/a</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Escuela</translation>
        </message>
        <message>
            <source>Levels</source>
            <translation>Niveles</translation>
        </message>
        <message>
            <source>Subjects</source>
            <translation>Asignaturas</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Actualizada</translation>
        </message>
    </context>
    <context>
        <name>PracticesPage</name>
        <message>
            <source>Search practices</source>
            <extracomment>A keystroke after a pause searches at once; keystrokes that follow within this many milliseconds are searched together when the typing pauses. Below this width (logical pixels, at the normal text size: `narrow_width` grows it with larger text) the list and the form take turns instead of sharing the width (a 1366x768 laptop at 200% screen scaling is 683 logical pixels wide). The kinds of record it shows (`minga.ui.changes.Page`).</extracomment>
            <translation>Buscar prácticas</translation>
        </message>
        <message>
            <source>Title, text or OA</source>
            <translation>Título, texto u OA</translation>
        </message>
        <message>
            <source>Title, description, strategy or OA code (accents do not matter)</source>
            <translation>Título, descripción, estrategia o código OA (con o sin tildes)</translation>
        </message>
        <message>
            <source>S&amp;earch</source>
            <translation>&amp;Buscar</translation>
        </message>
        <message>
            <source>Show or hide the filters</source>
            <translation>Mostrar u ocultar los filtros</translation>
        </message>
        <message>
            <source>New practice</source>
            <translation>Nueva práctica</translation>
        </message>
        <message>
            <source>Create a practice ({shortcut})</source>
            <translation>Crear una práctica ({shortcut})</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Move the selected practice to the trash (Delete key)</source>
            <translation>Mover la práctica seleccionada a la papelera (tecla Supr)</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurar</translation>
        </message>
        <message>
            <source>Take the selected practice out of the trash</source>
            <translation>Sacar de la papelera la práctica seleccionada</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Asignatura</translation>
        </message>
        <message>
            <source>All subjects</source>
            <translation>Todas las asignaturas</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>All levels</source>
            <translation>Todos los niveles</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor/a</translation>
        </message>
        <message>
            <source>All authors</source>
            <translation>Todos los autores</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Escuela</translation>
        </message>
        <message>
            <source>All schools</source>
            <translation>Todas las escuelas</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Cualquier estado</translation>
        </message>
        <message>
            <source>Order of the list</source>
            <translation>Orden de la lista</translation>
        </message>
        <message>
            <source>Order of the list (also by clicking a column header)</source>
            <translation>Orden de la lista (también al hacer clic en el título de una columna)</translation>
        </message>
        <message>
            <source>Oldest changes first</source>
            <translation>Cambios más antiguos primero</translation>
        </message>
        <message>
            <source>Newest changes first</source>
            <translation>Cambios más recientes primero</translation>
        </message>
        <message>
            <source>Title A–Z</source>
            <translation>Título A–Z</translation>
        </message>
        <message>
            <source>Title Z–A</source>
            <translation>Título Z–A</translation>
        </message>
        <message>
            <source>Author A–Z</source>
            <translation>Autor/a A–Z</translation>
        </message>
        <message>
            <source>Author Z–A</source>
            <translation>Autor/a Z–A</translation>
        </message>
        <message>
            <source>School A–Z</source>
            <translation>Escuela A–Z</translation>
        </message>
        <message>
            <source>School Z–A</source>
            <translation>Escuela Z–A</translation>
        </message>
        <message>
            <source>Status: drafts first</source>
            <translation>Estado: borradores primero</translation>
        </message>
        <message>
            <source>Status: ready first</source>
            <translation>Estado: listas primero</translation>
        </message>
        <message>
            <source>Show the tras&amp;h</source>
            <translation>Ver la &amp;papelera</translation>
        </message>
        <message>
            <source>Show deleted practices, to restore them</source>
            <translation>Muestra las prácticas eliminadas, para restaurarlas</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>Des&amp;hacer</translation>
        </message>
        <message>
            <source>Close this notice</source>
            <translation>Cerrar este aviso</translation>
        </message>
        <message>
            <source>Practices</source>
            <translation>Prácticas</translation>
        </message>
        <message>
            <source>Choose a practice in the list and press Enter to open it, or create a new one with {shortcut}.</source>
            <translation>Elige una práctica de la lista (un clic o Enter) para abrirla, o crea una nueva con {shortcut}.</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Buscando…</translation>
        </message>
        <message numerus="yes">
            <source>%n practice(s) in the trash</source>
            <translation>
                <numerusform>%n práctica en la papelera</numerusform>
                <numerusform>%n prácticas en la papelera</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n practice(s)</source>
            <translation>
                <numerusform>%n práctica</numerusform>
                <numerusform>%n prácticas</numerusform>
            </translation>
        </message>
        <message>
            <source>Only its author can delete or restore this practice.</source>
            <translation>Solo su autor o autora puede eliminar o restaurar esta práctica.</translation>
        </message>
        <message>
            <source>Only its author can delete the practice «{title}».</source>
            <translation>Solo su autor o autora puede eliminar la práctica «{title}».</translation>
        </message>
        <message>
            <source>Delete practice</source>
            <translation>Eliminar práctica</translation>
        </message>
        <message>
            <source>Delete the practice «{title}»?</source>
            <translation>¿Eliminar la práctica «{title}»?</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>It goes to the trash, where you can restore it.</source>
            <translation>Se va a la papelera, desde donde puedes restaurarla.</translation>
        </message>
        <message>
            <source>«{title}» was moved to the trash.</source>
            <translation>«{title}» se movió a la papelera.</translation>
        </message>
        <message>
            <source>«{title}» was restored.</source>
            <translation>«{title}» se restauró.</translation>
        </message>
        <message>
            <source>Filters ({count})</source>
            <translation>Filtros ({count})</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filtros</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Carta</translation>
        </message>
        <message>
            <source>Legal (oficio)</source>
            <translation>Oficio</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Applies when you open Minga again.</source>
            <translation>Se aplica cuando vuelvas a abrir Minga.</translation>
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation>&amp;Tamaño del texto:</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Tamaño del texto</translation>
        </message>
        <message>
            <source>Changes now, check boxes and icons too.</source>
            <translation>Cambia de inmediato, también las casillas y los íconos.</translation>
        </message>
        <message>
            <source>&amp;Paper for printing:</source>
            <translation>&amp;Papel para imprimir:</translation>
        </message>
        <message>
            <source>Paper for printing</source>
            <translation>Papel para imprimir</translation>
        </message>
    </context>
    <context>
        <name>PresentationsTab</name>
        <message>
            <source>No.</source>
            <translation>N.°</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Práctica</translation>
        </message>
        <message>
            <source>Presenter</source>
            <translation>Presenta</translation>
        </message>
        <message>
            <source>Duration (min)</source>
            <translation>Duración (min)</translation>
        </message>
        <message>
            <source>Presentations</source>
            <translation>Presentaciones</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Minutes of the selected presentation</source>
            <translation>Minutos de la presentación seleccionada</translation>
        </message>
        <message>
            <source>Change minutes</source>
            <translation>Cambiar minutos</translation>
        </message>
        <message>
            <source>Earlier</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Después</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Add a presentation</source>
            <translation>Agregar una presentación</translation>
        </message>
        <message>
            <source>Guest's name</source>
            <translation>Nombre de la persona invitada</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institución</translation>
        </message>
        <message>
            <source>For example: Universidad de Concepción, SLEP Andalién Sur</source>
            <translation>Por ejemplo: Universidad de Concepción, SLEP Andalién Sur</translation>
        </message>
        <message>
            <source>A guest (not a member)…</source>
            <translation>Una persona invitada (no integrante)…</translation>
        </message>
        <message>
            <source>Type the guest's name.</source>
            <translation>Escribe el nombre de la persona invitada.</translation>
        </message>
        <message>
            <source>Select a practice in the list first.</source>
            <translation>Primero selecciona una práctica en la lista.</translation>
        </message>
        <message>
            <source>Minutes of the presentation</source>
            <translation>Minutos de la presentación</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Add to the programme</source>
            <translation>Agregar al programa</translation>
        </message>
        <message>
            <source>Practice (type to search, click to select)</source>
            <translation>Práctica (escribe para buscar, haz clic para seleccionar)</translation>
        </message>
        <message>
            <source>Save the session first; then add its presentations.</source>
            <translation>Primero guarda la sesión; después agrega sus presentaciones.</translation>
        </message>
        <message>
            <source>No presentations on the programme yet.</source>
            <translation>Aún no hay presentaciones en el programa.</translation>
        </message>
        <message>
            <source>The practice's author</source>
            <translation>Quien escribió la práctica</translation>
        </message>
        <message>
            <source>Chosen: {title} ({author})</source>
            <translation>Elegida: {title} ({author})</translation>
        </message>
        <message>
            <source>{minutes} minutes is more than the {max}-minute slot of a presentation.</source>
            <translation>{minutes} minutos es más que los {max} minutos de una presentación.</translation>
        </message>
        <message>
            <source>«{title}» is on the programme.</source>
            <translation>«{title}» quedó en el programa.</translation>
        </message>
        <message>
            <source>Remove presentation</source>
            <translation>Quitar presentación</translation>
        </message>
        <message>
            <source>Take «{title}» off the programme?</source>
            <translation>¿Sacar «{title}» del programa?</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>PrintPage</name>
        <message>
            <source>Print</source>
            <extracomment>Every document the page offers, in the order of the list. Generated PDFs older than this are cleared from the prints folder. Item data role of the page a contents row points at. Imprimir offers documents of any kind of record.</extracomment>
            <translation>Imprimir</translation>
        </message>
        <message>
            <source>Make a PDF to print: the guide of a session, blank forms to fill in by hand, the report of the year or your portfolio.</source>
            <translation>Prepara un PDF para imprimir: la guía de una sesión, formularios en blanco para completar a mano, el informe del año o tu portafolio.</translation>
        </message>
        <message>
            <source>Make a PDF to print: the guide of a session, blank forms to fill in by hand or your portfolio.</source>
            <translation>Prepara un PDF para imprimir: la guía de una sesión, formularios en blanco para completar a mano o tu portafolio.</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <source>Session guide</source>
            <translation>Guía de la sesión</translation>
        </message>
        <message>
            <source>Exit tickets (blank slips)</source>
            <translation>Tickets de salida (papeletas en blanco)</translation>
        </message>
        <message>
            <source>Self-assessment form</source>
            <translation>Formulario de autoevaluación</translation>
        </message>
        <message>
            <source>Observation protocol</source>
            <translation>Pauta de observación</translation>
        </message>
        <message>
            <source>PHEA cycle worksheet</source>
            <translation>Hoja de trabajo del ciclo PHEA</translation>
        </message>
        <message>
            <source>Satisfaction survey (blank slips)</source>
            <translation>Encuesta de satisfacción (papeletas en blanco)</translation>
        </message>
        <message>
            <source>Report of the year</source>
            <translation>Informe del año</translation>
        </message>
        <message>
            <source>My portfolio</source>
            <translation>Mi portafolio</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Sesión</translation>
        </message>
        <message>
            <source>School &amp;year</source>
            <translation>&amp;Año escolar</translation>
        </message>
        <message>
            <source>Carta (216 × 279 mm)</source>
            <translation>Carta (216 × 279 mm)</translation>
        </message>
        <message>
            <source>Oficio (216 × 330 mm)</source>
            <translation>Oficio (216 × 330 mm)</translation>
        </message>
        <message>
            <source>A4 (210 × 297 mm)</source>
            <translation>A4 (210 × 297 mm)</translation>
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation>&amp;Papel</translation>
        </message>
        <message>
            <source>&amp;Make the PDF</source>
            <translation>&amp;Generar el PDF</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>No PDF made yet.</source>
            <translation>Todavía no se ha generado ningún PDF.</translation>
        </message>
        <message>
            <source>Contents of the PDF</source>
            <translation>Contenido del PDF</translation>
        </message>
        <message>
            <source>The list shows where each part of the document starts. Open the PDF with your system's viewer to see and print its pages.</source>
            <translation>La lista muestra dónde empieza cada parte del documento. Abre el PDF con el visor del sistema para ver e imprimir sus páginas.</translation>
        </message>
        <message>
            <source>&amp;Open with the system viewer</source>
            <translation>&amp;Abrir con el visor del sistema</translation>
        </message>
        <message>
            <source>Save &amp;as…</source>
            <translation>&amp;Guardar como…</translation>
        </message>
        <message>
            <source>The latest session</source>
            <translation>La sesión más reciente</translation>
        </message>
        <message>
            <source>No. {number} · {date} · {title}</source>
            <translation>N° {number} · {date} · {title}</translation>
        </message>
        <message>
            <source>No sessions yet</source>
            <translation>Todavía no hay sesiones</translation>
        </message>
        <message>
            <source>Cover, programme with times, the network's indicators, a page per practice presented, evaluation forms, the choice sheet, the attendance sheet and satisfaction slips.</source>
            <translation>Portada, programa con horarios, indicadores de la red, una página por práctica presentada, pautas de evaluación, hoja de elección, hoja de asistencia y encuestas de satisfacción.</translation>
        </message>
        <message>
            <source>Slips to cut apart, with faces to mark: students answer without names.</source>
            <translation>Papeletas para recortar, con caritas para marcar: los estudiantes responden sin nombre.</translation>
        </message>
        <message>
            <source>The self-assessment record of an applied practice, from the rubric in use.</source>
            <translation>El registro de autoevaluación de una práctica aplicada, según la rúbrica vigente.</translation>
        </message>
        <message>
            <source>The peer classroom observation protocol in use, with room for evidence and agreements.</source>
            <translation>La pauta de observación de aula entre pares vigente, con espacio para evidencias y acuerdos.</translation>
        </message>
        <message>
            <source>A worksheet for an improvement cycle: plan, do, study (with a run chart) and adjust.</source>
            <translation>Una hoja de trabajo para un ciclo de mejora: planear, hacer, estudiar (con gráfico de tendencia) y ajustar.</translation>
        </message>
        <message>
            <source>The anonymous survey's slips for the end of a session, in the network's wording, without a session guide.</source>
            <translation>Las papeletas de la encuesta anónima para el cierre de una sesión, con la redacción de la red, sin la guía de la sesión.</translation>
        </message>
        <message>
            <source>Indicators of the school year, run charts, schools and teachers, the practices shared and the improvement cycles.</source>
            <translation>Indicadores del año escolar, gráficos de tendencia, escuelas y docentes, las prácticas compartidas y los ciclos de mejora.</translation>
        </message>
        <message>
            <source>Your practices, the colleagues' practices you applied and your self-assessments.</source>
            <translation>Tus prácticas, las prácticas de colegas que aplicaste y tus autoevaluaciones.</translation>
        </message>
        <message>
            <source>Every year</source>
            <translation>Todos los años</translation>
        </message>
        <message>
            <source>Making the PDF…</source>
            <translation>Generando el PDF…</translation>
        </message>
        <message>
            <source>PDF ready: {title}</source>
            <translation>PDF listo: {title}</translation>
        </message>
        <message>
            <source>Cancelled: no PDF was made.</source>
            <translation>Cancelado: no se generó el PDF.</translation>
        </message>
        <message>
            <source>The PDF could not be made.</source>
            <translation>No se pudo generar el PDF.</translation>
        </message>
        <message numerus="yes">
            <source>{title}: %n page(s).</source>
            <translation>
                <numerusform>{title}: %n página.</numerusform>
                <numerusform>{title}: %n páginas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Page {page} · {title}</source>
            <translation>Página {page} · {title}</translation>
        </message>
        <message>
            <source>No program to open PDF files was found. Use Save as… and open it.</source>
            <translation>No se encontró un programa para abrir archivos PDF. Usa Guardar como… y ábrelo.</translation>
        </message>
        <message>
            <source>Save the PDF</source>
            <translation>Guardar el PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved as {path}</source>
            <translation>Guardado como {path}</translation>
        </message>
        <message>
            <source>The PDF could not be saved in {path}: {reason}</source>
            <translation>No se pudo guardar el PDF en {path}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>RemoveAdvisorDialog</name>
        <message>
            <source>{name} no longer reports to the territory</source>
            <translation>{name} deja de informar al territorio</translation>
        </message>
        <message>
            <source>Her territory reports will be refused from now on. Her networks stay with their last figures, sessions and practices, marked as no longer reported. To receive her reports again, accept a new territory invitation of hers.</source>
            <translation>Desde ahora se rechazarán sus informes al territorio. Sus redes quedan con sus últimas cifras, sesiones y prácticas, marcadas como que ya no se informan. Para volver a recibir sus informes, acepta una nueva invitación al territorio de ella.</translation>
        </message>
        <message>
            <source>&amp;Reason (required, kept in the hub's records):</source>
            <translation>&amp;Motivo (obligatorio, queda en los registros del servidor):</translation>
        </message>
        <message>
            <source>Stop receiving her reports</source>
            <translation>Dejar de recibir sus informes</translation>
        </message>
    </context>
    <context>
        <name>RemoveMemberDialog</name>
        <message>
            <source>Remove {name} from the microcentre</source>
            <translation>Retirar a {name} del microcentro</translation>
        </message>
        <message>
            <source>{name} will stop receiving your bundles and their bundles will be refused, here and, with your next bundles, on every member's computer. The practices they shared stay under their name. Only you can admit them again.</source>
            <translation>{name} dejará de recibir tus paquetes y sus paquetes serán rechazados, aquí y, con tus próximos paquetes, en el computador de cada integrante. Las prácticas que compartió quedan a su nombre. Solo tú puedes volver a admitirle.</translation>
        </message>
        <message>
            <source>&amp;Reason (required, kept on this computer):</source>
            <translation>&amp;Motivo (obligatorio; se guarda en este computador):</translation>
        </message>
        <message>
            <source>She asked that the practices she shared leave the library too</source>
            <translation>Pidió que las prácticas que compartió salgan también de la biblioteca</translation>
        </message>
        <message>
            <source>Remove from the microcentre</source>
            <translation>Retirar del microcentro</translation>
        </message>
    </context>
    <context>
        <name>SelfTest</name>
        <message>
            <source>Main window</source>
            <extracomment>Qt messages that say nothing about Minga (the offscreen platform's own notice). The Indicadores area (its students' figures dialog). The size of a common rural school laptop's screen. How long a step may take to settle (background tasks, timers), in milliseconds.</extracomment>
            <translation>Ventana principal</translation>
        </message>
        <message>
            <source>note: no practice yet, so no practice form was opened</source>
            <translation>nota: todavía no hay prácticas, así que no se abrió el formulario de una práctica</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>Cierre</translation>
        </message>
        <message numerus="yes">
            <source>Self-test: %n screen(s) checked</source>
            <translation>
                <numerusform>Autoprueba: %n pantalla revisada</numerusform>
                <numerusform>Autoprueba: %n pantallas revisadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed.</source>
            <translation>
                <numerusform>%n con falla.</numerusform>
                <numerusform>%n con fallas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Practice form</source>
            <translation>Formulario de práctica</translation>
        </message>
        <message>
            <source>New practice form</source>
            <translation>Formulario de práctica nueva</translation>
        </message>
        <message>
            <source>{area}: detail</source>
            <translation>{area}: detalle</translation>
        </message>
        <message>
            <source>Print the guide of a session</source>
            <translation>Imprimir la guía de una sesión</translation>
        </message>
        <message>
            <source>Sessions: templates</source>
            <translation>Sesiones: plantillas</translation>
        </message>
        <message>
            <source>Sessions: school year</source>
            <translation>Sesiones: año escolar</translation>
        </message>
        <message>
            <source>Indicators: students' figures</source>
            <translation>Indicadores: cifras de estudiantes</translation>
        </message>
        <message>
            <source>Tools: backups</source>
            <translation>Herramientas: respaldos</translation>
        </message>
        <message>
            <source>Tools: preferences</source>
            <translation>Herramientas: preferencias</translation>
        </message>
        <message>
            <source>Tools: about and diagnostics</source>
            <translation>Herramientas: acerca de y diagnóstico</translation>
        </message>
        <message>
            <source>Tools: keyboard shortcuts</source>
            <translation>Herramientas: atajos de teclado</translation>
        </message>
        <message>
            <source>Ctrl+P did not open Print</source>
            <translation>Ctrl+P no abrió Imprimir</translation>
        </message>
        <message>
            <source>Print did not choose the session guide</source>
            <translation>Imprimir no eligió la guía de la sesión</translation>
        </message>
        <message>
            <source>could not save {file}</source>
            <translation>no se pudo guardar {file}</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>FALLA</translation>
        </message>
        <message>
            <source>the page is not shown</source>
            <translation>la página no se muestra</translation>
        </message>
        <message>
            <source>the page has nothing on it</source>
            <translation>la página no tiene nada</translation>
        </message>
        <message>
            <source>the page is blank</source>
            <translation>la página está en blanco</translation>
        </message>
        <message>
            <source>opening a record marked it as changed</source>
            <translation>abrir un registro lo marcó como modificado</translation>
        </message>
        <message>
            <source>opening a practice marked it as changed</source>
            <translation>al abrir una práctica quedó marcada como modificada</translation>
        </message>
    </context>
    <context>
        <name>SessionEditor</name>
        <message>
            <source>Print guide</source>
            <translation>Imprimir guía</translation>
        </message>
        <message>
            <source>Make the printed guide of this session (Ctrl+P)</source>
            <translation>Preparar la guía impresa de esta sesión (Ctrl+P)</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Planificación</translation>
        </message>
        <message>
            <source>Presentations</source>
            <translation>Presentaciones</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Evaluación</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Acta</translation>
        </message>
        <message>
            <source>Survey</source>
            <translation>Encuesta</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>Nueva sesión</translation>
        </message>
        <message>
            <source>Session {number} · {date}</source>
            <translation>Sesión {number} · {date}</translation>
        </message>
        <message>
            <source>{owner} plans this session; you can read it. Answer the satisfaction survey in the Survey tab.</source>
            <translation>{owner} planifica esta sesión; puedes leerla. Responde la encuesta de satisfacción en la pestaña Encuesta.</translation>
        </message>
        <message>
            <source>The advisor</source>
            <translation>El/la asesor/a</translation>
        </message>
        <message>
            <source>{owner} plans this session; you can read it.</source>
            <translation>{owner} planifica esta sesión; puedes leerla.</translation>
        </message>
        <message>
            <source>Another person</source>
            <translation>Otra persona</translation>
        </message>
        <message>
            <source>Session «{title}» saved.</source>
            <translation>Sesión «{title}» guardada.</translation>
        </message>
    </context>
    <context>
        <name>SessionsPage</name>
        <message>
            <source>New session</source>
            <extracomment>The kinds of record it shows (`minga.ui.changes.Page`).</extracomment>
            <translation>Nueva sesión</translation>
        </message>
        <message>
            <source>Plan a new session ({shortcut})</source>
            <translation>Planificar una nueva sesión ({shortcut})</translation>
        </message>
        <message>
            <source>Templates…</source>
            <translation>Plantillas…</translation>
        </message>
        <message>
            <source>Exit-ticket questions, self-assessment rubrics and observation protocols</source>
            <translation>Preguntas del ticket de salida, rúbricas de autoevaluación y pautas de observación</translation>
        </message>
        <message>
            <source>School year…</source>
            <translation>Año escolar…</translation>
        </message>
        <message>
            <source>Annual focus, goal, calendar and suggested dates of the sessions</source>
            <translation>Foco anual, meta, calendario y fechas sugeridas de las sesiones</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N.°</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Modality</source>
            <translation>Modalidad</translation>
        </message>
        <message>
            <source>Presentations</source>
            <translation>Presentaciones</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>{present} present, {absent} absent, {excused} excused</source>
            <translation>{present} presentes, {absent} ausentes, {excused} justificados</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Presencial</translation>
        </message>
        <message>
            <source>Blended</source>
            <translation>Semipresencial</translation>
        </message>
        <message>
            <source>Remote</source>
            <translation>A distancia</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planificada</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Realizada</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <source>To be closed</source>
            <translation>Por cerrar</translation>
        </message>
        <message>
            <source>Sessions of the microcentre</source>
            <translation>Sesiones del microcentro</translation>
        </message>
        <message>
            <source>Choose a session in the list and press Enter to open it.</source>
            <translation>Elige una sesión de la lista (un clic o Enter) para abrirla.</translation>
        </message>
        <message>
            <source>Plan a new one with {shortcut}.</source>
            <translation>Planifica una nueva con {shortcut}.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n sesión</numerusform>
                <numerusform>%n sesiones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>The mouse is never needed: these keys reach every area and command.</source>
            <translation>El mouse nunca es indispensable: estas teclas llegan a cada área y comando.</translation>
        </message>
        <message>
            <source>Go to {area}</source>
            <translation>Ir a {area}</translation>
        </message>
        <message>
            <source>Search practices</source>
            <translation>Buscar prácticas</translation>
        </message>
        <message>
            <source>New practice (in Sessions: new session)</source>
            <translation>Nueva práctica (en Sesiones: nueva sesión)</translation>
        </message>
        <message>
            <source>Save what is open</source>
            <translation>Guardar lo que está abierto</translation>
        </message>
        <message>
            <source>Close what is open (it asks when there are changes)</source>
            <translation>Cerrar lo que está abierto (pregunta si hay cambios)</translation>
        </message>
        <message>
            <source>Print (the open session's guide, in Sessions)</source>
            <translation>Imprimir (la guía de la sesión abierta, en Sesiones)</translation>
        </message>
        <message>
            <source>Delete the selected practice (it goes to the trash)</source>
            <translation>Eliminar la práctica seleccionada (va a la papelera)</translation>
        </message>
        <message>
            <source>Enter or a click</source>
            <translation>Enter o un clic</translation>
        </message>
        <message>
            <source>Open the selected line of a list</source>
            <translation>Abrir la línea seleccionada de una lista</translation>
        </message>
        <message>
            <source>Tab, Shift+Tab</source>
            <translation>Tab, Mayús+Tab</translation>
        </message>
        <message>
            <source>Next and previous field</source>
            <translation>Campo siguiente y anterior</translation>
        </message>
        <message>
            <source>This list</source>
            <translation>Esta lista</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>What they do</source>
            <translation>Qué hacen</translation>
        </message>
    </context>
    <context>
        <name>SnapshotsModel</name>
        <message>
            <source>Date and time</source>
            <translation>Fecha y hora</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Contenido</translation>
        </message>
        <message>
            <source>(cannot be read)</source>
            <translation>(no se puede leer)</translation>
        </message>
        <message numerus="yes">
            <source>%n practice(s)</source>
            <translation>
                <numerusform>%n práctica</numerusform>
                <numerusform>%n prácticas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n sesión</numerusform>
                <numerusform>%n sesiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n persona</numerusform>
                <numerusform>%n personas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Minga cannot start</source>
            <extracomment>Smallest default font size (points): Windows' 9 pt is small on an old laptop screen.</extracomment>
            <translation>Minga no puede abrirse</translation>
        </message>
        <message>
            <source>Preparing the demo microcentre…</source>
            <translation>Preparando el microcentro de demostración…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Datos de demostración</translation>
        </message>
    </context>
    <context>
        <name>StudentFiguresDialog</name>
        <message>
            <source>My students' results</source>
            <translation>Resultados de mis estudiantes</translation>
        </message>
        <message>
            <source>Counts only: never write a student's name. Recording a month again replaces its figures.</source>
            <translation>Solo cantidades: nunca escriba el nombre de un estudiante. Si registra de nuevo un mes, sus cifras se reemplazan.</translation>
        </message>
        <message>
            <source>&amp;School</source>
            <translation>&amp;Escuela</translation>
        </message>
        <message>
            <source>&amp;Level</source>
            <translation>&amp;Nivel</translation>
        </message>
        <message>
            <source>&amp;Month (year-month)</source>
            <translation>&amp;Mes (año-mes)</translation>
        </message>
        <message>
            <source>&amp;Attendance</source>
            <translation>&amp;Asistencia</translation>
        </message>
        <message>
            <source>&amp;Diagnostic</source>
            <translation>&amp;Diagnóstico</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Medición</translation>
        </message>
        <message>
            <source>Attendance of the &amp;month</source>
            <translation>&amp;Porcentaje de asistencia del mes</translation>
        </message>
        <message>
            <source>S&amp;tudents in the level</source>
            <translation>Es&amp;tudiantes del nivel</translation>
        </message>
        <message>
            <source>Diagnostic's &amp;name</source>
            <translation>Nombre del diagnó&amp;stico</translation>
        </message>
        <message>
            <source>Level of achievement {n}</source>
            <translation>Nivel de logro {n}</translation>
        </message>
        <message>
            <source>Students at level {n}</source>
            <translation>Estudiantes en el nivel {n}</translation>
        </message>
        <message>
            <source>Students per level of achievement</source>
            <translation>Estudiantes por nivel de logro</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Your school is not known here: set it in Mis datos first.</source>
            <translation>Su escuela no está registrada aquí: indíquela primero en Mis datos.</translation>
        </message>
    </context>
    <context>
        <name>StudentFiguresSection</name>
        <message>
            <source>Students' figures…</source>
            <translation>Cifras de estudiantes…</translation>
        </message>
        <message>
            <source>My students' results…</source>
            <translation>Resultados de mis estudiantes…</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Escuela</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Estudiantes</translation>
        </message>
        <message>
            <source>Attendance (mean of the months)</source>
            <translation>Asistencia (promedio de los meses)</translation>
        </message>
        <message>
            <source>Diagnostics</source>
            <translation>Diagnósticos</translation>
        </message>
        <message>
            <source>Students' figures per level</source>
            <translation>Cifras de estudiantes por nivel</translation>
        </message>
        <message>
            <source>{name} ({month}, {students} students): {counts}</source>
            <translation>{name} ({month}, {students} estudiantes): {counts}</translation>
        </message>
        <message>
            <source>Counts per school and level, never names. Attendance: the month's percentage; diagnostics: students per level of achievement.</source>
            <translation>Cantidades por escuela y nivel, nunca nombres. Asistencia: el porcentaje del mes; diagnósticos: estudiantes por nivel de logro.</translation>
        </message>
        <message>
            <source>No students' figures recorded for this year yet.</source>
            <translation>Aún no hay cifras de estudiantes registradas este año.</translation>
        </message>
        <message>
            <source>Attendance, {school} {level}</source>
            <translation>Asistencia, {school} {level}</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Mediana</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Cambio sostenido</translation>
        </message>
    </context>
    <context>
        <name>SummaryModel</name>
        <message>
            <source>Records</source>
            <translation>Registros</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nuevos</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Actualizados</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
    </context>
    <context>
        <name>SummaryPanel</name>
        <message>
            <source>Indicator</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Territorio</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Networks reaching it</source>
            <translation>Redes que la alcanzan</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>networks</source>
            <translation>redes</translation>
        </message>
        <message>
            <source>sessions held</source>
            <translation>sesiones realizadas</translation>
        </message>
        <message>
            <source>hours of sessions</source>
            <translation>horas de sesiones</translation>
        </message>
        <message>
            <source>attendance at the sessions held</source>
            <translation>asistencia a las sesiones realizadas</translation>
        </message>
        <message>
            <source>practices shared</source>
            <translation>prácticas compartidas</translation>
        </message>
        <message>
            <source>The territory against the goals</source>
            <translation>El territorio frente a las metas</translation>
        </message>
        <message>
            <source>Each figure is the sum of the networks' numerators over the sum of their denominators, measured as the seed network measured its goal.</source>
            <translation>Cada cifra es la suma de los numeradores de las redes sobre la suma de sus denominadores, medida como la red de referencia midió su meta.</translation>
        </message>
        <message numerus="yes">
            <source>%n advisor(s)</source>
            <translation>
                <numerusform>%n asesor/a</numerusform>
                <numerusform>%n asesores/as</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>of %n planned</source>
            <translation>
                <numerusform>de %n planificada</numerusform>
                <numerusform>de %n planificadas</numerusform>
            </translation>
        </message>
        <message>
            <source>{rate} ({of})</source>
            <translation>{rate} ({of})</translation>
        </message>
        <message numerus="yes">
            <source>%n per network and year</source>
            <translation>
                <numerusform>%n por red y año</numerusform>
                <numerusform>%n por red y año</numerusform>
            </translation>
        </message>
        <message>
            <source>{reaching} of {measured}</source>
            <translation>{reaching} de {measured}</translation>
        </message>
    </context>
    <context>
        <name>SurveyTab</name>
        <message>
            <source>Satisfaction: share agreeing</source>
            <translation>Satisfacción: porcentaje de acuerdo</translation>
        </message>
        <message>
            <source>A tally of paper forms</source>
            <translation>Un conteo de encuestas en papel</translation>
        </message>
        <message>
            <source>How many forms gave this answer</source>
            <translation>Cuántas encuestas dieron esta respuesta</translation>
        </message>
        <message>
            <source>Forms with this answer</source>
            <translation>Encuestas con esta respuesta</translation>
        </message>
        <message>
            <source>— choose an answer —</source>
            <translation>— elige una respuesta —</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>Comment (optional)</source>
            <translation>Comentario (opcional)</translation>
        </message>
        <message>
            <source>The session was useful for my work</source>
            <translation>La sesión fue útil para mi trabajo</translation>
        </message>
        <message>
            <source>I feel prepared to apply what we saw</source>
            <translation>Me siento preparado/a para aplicar lo que vimos</translation>
        </message>
        <message>
            <source>I felt confident to voice my doubts</source>
            <translation>Sentí confianza para plantear mis dudas</translation>
        </message>
        <message>
            <source>One paper form</source>
            <translation>Un formulario en papel</translation>
        </message>
        <message>
            <source>Not on this paper form</source>
            <translation>No viene en este formulario en papel</translation>
        </message>
        <message>
            <source>I brought what I learnt in the network into my practice</source>
            <translation>Incorporé en mi práctica pedagógica lo que aprendí en la red</translation>
        </message>
        <message>
            <source>Useful</source>
            <translation>Útil</translation>
        </message>
        <message>
            <source>Prepared to apply</source>
            <translation>Preparado/a para aplicar</translation>
        </message>
        <message>
            <source>Confident to voice doubts</source>
            <translation>Confianza para plantear dudas</translation>
        </message>
        <message>
            <source>Brought into practice</source>
            <translation>Lo incorporé a mi práctica</translation>
        </message>
        <message>
            <source>1 · Not at all</source>
            <translation>1 · Nada</translation>
        </message>
        <message>
            <source>2 · A little</source>
            <translation>2 · Poco</translation>
        </message>
        <message>
            <source>3 · Quite</source>
            <translation>3 · Bastante</translation>
        </message>
        <message>
            <source>4 · Very much</source>
            <translation>4 · Mucho</translation>
        </message>
        <message numerus="yes">
            <source>%n anonymous answer(s) received: the summary shows from 3 answers on.</source>
            <translation>
                <numerusform>%n respuesta anónima recibida: el resumen se muestra desde 3 respuestas.</numerusform>
                <numerusform>%n respuestas anónimas recibidas: el resumen se muestra desde 3 respuestas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) so far. Share answering 3 or 4:</source>
            <translation>
                <numerusform>%n respuesta hasta ahora. Porcentaje que responde 3 o 4:</numerusform>
                <numerusform>%n respuestas hasta ahora. Porcentaje que responde 3 o 4:</numerusform>
            </translation>
        </message>
        <message>
            <source>No answers yet.</source>
            <translation>Aún no hay respuestas.</translation>
        </message>
        <message>
            <source>Enter answers</source>
            <translation>Ingresar respuestas</translation>
        </message>
        <message>
            <source>Type in the paper forms one by one, or as a tally of identical answers. Teachers' own answers arrive without their names and count once a session has 3 of them.</source>
            <translation>Ingrese los formularios en papel uno a uno, o como un conteo de respuestas iguales. Las respuestas de las docentes llegan sin nombre y se cuentan cuando una sesión tiene al menos 3.</translation>
        </message>
        <message>
            <source>Add answers</source>
            <translation>Agregar respuestas</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Tu respuesta</translation>
        </message>
        <message>
            <source>How was this session for you? Your answer is anonymous: it travels without your name, the advisor sees only the summary once 3 people answered, and it cannot be changed once sent.</source>
            <translation>¿Cómo le fue en esta sesión? Su respuesta es anónima: viaja sin su nombre, la asesora ve solo el resumen cuando han respondido al menos 3 personas, y no se puede cambiar una vez enviada.</translation>
        </message>
        <message>
            <source>Send my answer</source>
            <translation>Enviar mi respuesta</translation>
        </message>
        <message>
            <source>Your answer (only this computer shows it):</source>
            <translation>Su respuesta (solo este computador la muestra):</translation>
        </message>
        <message>
            <source>Comment: %1</source>
            <translation>Comentario: %1</translation>
        </message>
        <message>
            <source>Choose an answer for every question ({questions}).</source>
            <translation>Elige una respuesta para cada pregunta ({questions}).</translation>
        </message>
        <message>
            <source>Thank you: your answer was saved.</source>
            <translation>Gracias: tu respuesta quedó guardada.</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) added.</source>
            <translation>
                <numerusform>%n respuesta agregada.</numerusform>
                <numerusform>%n respuestas agregadas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sync</source>
            <extracomment>It reloads its own panels after what it imports.</extracomment>
            <translation>Sincronizar</translation>
        </message>
        <message>
            <source>Bundles carry the teachers' work to you and the network's work back to them, on a USB drive or by e-mail. Each one is signed and encrypted: only the people it is for can open it.</source>
            <translation>Los paquetes te traen el trabajo de los docentes y les llevan de vuelta el de la red, en un pendrive o por correo. Cada uno va firmado y cifrado: solo pueden abrirlo las personas a quienes va dirigido.</translation>
        </message>
        <message>
            <source>Bundles carry your work to your advisor and bring back the network's, on a USB drive or by e-mail. Each one is signed and encrypted: only the people it is for can open it.</source>
            <translation>Los paquetes llevan tu trabajo a tu asesor/a y te traen el de la red, en un pendrive o por correo. Cada uno va firmado y cifrado: solo pueden abrirlo las personas a quienes va dirigido.</translation>
        </message>
        <message>
            <source>C&amp;onnect</source>
            <translation>C&amp;onectar</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historial</translation>
        </message>
        <message>
            <source>Co&amp;nflicts ({count})</source>
            <translation>Co&amp;nflictos ({count})</translation>
        </message>
        <message>
            <source>Co&amp;nflicts</source>
            <translation>Co&amp;nflictos</translation>
        </message>
        <message>
            <source>Session &amp;room</source>
            <translation>&amp;Sala de la sesión</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;Correo</translation>
        </message>
        <message>
            <source>&amp;Territory report</source>
            <translation>Informe al &amp;territorio</translation>
        </message>
        <message>
            <source>1 record needs a newer version of Minga.</source>
            <translation>1 registro requiere una versión más nueva de Minga.</translation>
        </message>
        <message>
            <source>{count} records need a newer version of Minga.</source>
            <translation>{count} registros requieren una versión más nueva de Minga.</translation>
        </message>
        <message>
            <source>Your network already uses Minga {version}.</source>
            <translation>Tu red ya usa Minga {version}.</translation>
        </message>
        <message>
            <source>Its installer is in {path}.</source>
            <translation>El instalador está en {path}.</translation>
        </message>
        <message>
            <source>Ask your advisor for the installer.</source>
            <translation>Pide el instalador a tu asesora o asesor.</translation>
        </message>
        <message>
            <source>{name} is receiving bundles in this room</source>
            <translation>{name} está recibiendo paquetes en esta sala</translation>
        </message>
        <message>
            <source>&amp;Members</source>
            <translation>In&amp;tegrantes</translation>
        </message>
        <message>
            <source>The territory's hub: My identity holds the fingerprint the advisors compare with the one you read to them, and E-mail brings their territory reports (Territory imports them).</source>
            <translation>La central del territorio: en Mi identidad está la huella que cada asesor/a compara con la que tú le lees, y Correo trae los informes territoriales (Territorio los importa).</translation>
        </message>
        <message>
            <source>My &amp;identity</source>
            <translation>Mi &amp;identidad</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>Last bundle: received on {date}</source>
            <translation>Último paquete: recibido el {date}</translation>
        </message>
        <message>
            <source>Last bundle: sent on {date}</source>
            <translation>Último paquete: enviado el {date}</translation>
        </message>
        <message>
            <source>Received from {person}</source>
            <translation>Recibido de {person}</translation>
        </message>
        <message>
            <source>Sent to the whole microcentre ({count})</source>
            <translation>Enviado a todo el microcentro ({count})</translation>
        </message>
        <message>
            <source>Sent to {person}</source>
            <translation>Enviado a {person}</translation>
        </message>
    </context>
    <context>
        <name>TaskStatus</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <source>Name</source>
            <extracomment>Kinds whose items are answered on the scale typed below the table.</extracomment>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>For example: A, B (domains of the MBE 2021)</source>
            <translation>Por ejemplo: A, B (dominios del MBE 2021)</translation>
        </message>
        <message>
            <source>Tags (separated by commas)</source>
            <translation>Etiquetas (separadas por comas)</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Ítems</translation>
        </message>
        <message>
            <source>Add row</source>
            <translation>Agregar fila</translation>
        </message>
        <message>
            <source>Remove row</source>
            <translation>Quitar fila</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Escala</translation>
        </message>
        <message>
            <source>Scale of the protocol (levels separated by |)</source>
            <translation>Escala de la pauta (niveles separados por |)</translation>
        </message>
        <message>
            <source>Exit-ticket questions</source>
            <translation>Preguntas del ticket de salida</translation>
        </message>
        <message>
            <source>Self-assessment rubric</source>
            <translation>Rúbrica de autoevaluación</translation>
        </message>
        <message>
            <source>Observation protocol</source>
            <translation>Pauta de observación</translation>
        </message>
        <message>
            <source>Satisfaction survey</source>
            <translation>Encuesta de satisfacción</translation>
        </message>
        <message>
            <source>Socio-emotional</source>
            <translation>Socioemocional</translation>
        </message>
        <message>
            <source>Cognitive</source>
            <translation>Cognitiva</translation>
        </message>
        <message>
            <source>Attitudinal</source>
            <translation>Actitudinal</translation>
        </message>
        <message>
            <source>A · Preparation for teaching</source>
            <translation>A · Preparación de la enseñanza</translation>
        </message>
        <message>
            <source>B · Classroom environment</source>
            <translation>B · Ambiente propicio para el aprendizaje</translation>
        </message>
        <message>
            <source>C · Teaching for all students</source>
            <translation>C · Enseñanza para todos los estudiantes</translation>
        </message>
        <message>
            <source>D · Professional responsibilities</source>
            <translation>D · Responsabilidades profesionales</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>MBE</source>
            <translation>MBE</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <source>Levels</source>
            <translation>Niveles</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Afirmación</translation>
        </message>
        <message>
            <source>Answer scale (4 levels, from 1 up, separated by |)</source>
            <translation>Escala de respuesta (4 niveles, desde el 1, separados por |)</translation>
        </message>
        <message>
            <source>One row per question; its options go in one cell, separated by |. Students answer by choosing an option; only counts are kept.</source>
            <translation>Una fila por pregunta; sus opciones van en una celda, separadas por |. Los estudiantes responden marcando una opción; solo se guardan conteos.</translation>
        </message>
        <message>
            <source>One row per criterion; its levels go in one cell, from 1 up, separated by |.</source>
            <translation>Una fila por criterio; sus niveles van en una celda, desde el 1, separados por |.</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Criterio</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Ítem</translation>
        </message>
        <message>
            <source>New template: {kind}</source>
            <translation>Nueva plantilla: {kind}</translation>
        </message>
        <message>
            <source>Not saved yet.</source>
            <translation>Aún no se guarda.</translation>
        </message>
        <message>
            <source>Not observed</source>
            <translation>No se observa</translation>
        </message>
        <message>
            <source>Partly observed</source>
            <translation>Se observa en parte</translation>
        </message>
        <message>
            <source>Observed</source>
            <translation>Se observa</translation>
        </message>
        <message>
            <source>Observed outstandingly</source>
            <translation>Se observa de manera destacada</translation>
        </message>
        <message>
            <source>Revision {revision} · by {owner} · changed {date}</source>
            <translation>Revisión {revision} · de {owner} · modificada el {date}</translation>
        </message>
        <message>
            <source>This template belongs to {owner}; you can read it.</source>
            <translation>Esta plantilla es de {owner}; puedes leerla.</translation>
        </message>
        <message>
            <source>Minga's default template. When you save a change it becomes yours and travels to the teachers.</source>
            <translation>Plantilla de Minga. Cuando guardes un cambio pasa a ser tuya y viaja a los docentes.</translation>
        </message>
        <message>
            <source>Teachers receive your changes with the next bundle.</source>
            <translation>Los docentes reciben tus cambios con el próximo paquete.</translation>
        </message>
        <message>
            <source>One row per item the observer looks for; each is answered on the scale below.</source>
            <translation>Una fila por cada aspecto que se observa; cada uno se responde con la escala de abajo.</translation>
        </message>
        <message>
            <source>The statements of the anonymous survey at the end of each session, as they are printed and shown in Minga. Change their wording, order or scale; the four statements stay, so answers already given keep their meaning.</source>
            <translation>Las afirmaciones de la encuesta anónima al cierre de cada sesión, tal como se imprimen y se muestran en Minga. Puedes cambiar su redacción, su orden o la escala; las cuatro afirmaciones se mantienen, así las respuestas ya dadas conservan su sentido.</translation>
        </message>
        <message>
            <source>Double-click or press F2 to edit a cell. Ids stay as they are: records refer to them.</source>
            <translation>Doble clic o F2 para editar una celda. Los id no cambian: los registros se refieren a ellos.</translation>
        </message>
        <message>
            <source>Records refer to this id: change it only in a new template.</source>
            <translation>Los registros se refieren a este id: cámbialo solo en una plantilla nueva.</translation>
        </message>
        <message>
            <source>Template «{name}» saved (revision {revision}).</source>
            <translation>Plantilla «{name}» guardada (revisión {revision}).</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <source>Templates of the microcentre</source>
            <translation>Plantillas del microcentro</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revisión</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Plantillas</translation>
        </message>
        <message>
            <source>New template</source>
            <translation>Nueva plantilla</translation>
        </message>
        <message>
            <source>Choose a template to read or change it.</source>
            <translation>Elige una plantilla para leerla o modificarla.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Listo</translation>
        </message>
    </context>
    <context>
        <name>TerritoryPage</name>
        <message>
            <source>School &amp;year</source>
            <translation>&amp;Año escolar</translation>
        </message>
        <message>
            <source>Pa&amp;per</source>
            <translation>&amp;Papel</translation>
        </message>
        <message>
            <source>Carta</source>
            <translation>Carta</translation>
        </message>
        <message>
            <source>Oficio</source>
            <translation>Oficio</translation>
        </message>
        <message>
            <source>&amp;Print the territory report…</source>
            <translation>&amp;Imprimir el informe territorial…</translation>
        </message>
        <message>
            <source>&amp;Summary</source>
            <translation>Re&amp;sumen</translation>
        </message>
        <message>
            <source>&amp;Networks</source>
            <translation>&amp;Redes</translation>
        </message>
        <message>
            <source>&amp;Library</source>
            <translation>&amp;Biblioteca</translation>
        </message>
        <message>
            <source>I&amp;mport reports</source>
            <translation>I&amp;mportar informes</translation>
        </message>
        <message>
            <source>Adviso&amp;rs</source>
            <translation>As&amp;esores/as</translation>
        </message>
        <message>
            <source>The networks side by side</source>
            <translation>Las redes lado a lado</translation>
        </message>
        <message>
            <source>No network has reported this school year yet. Import the advisors' territory reports (Import reports) to see their figures here.</source>
            <translation>Ninguna red ha informado este año escolar todavía. Importa los informes territoriales de las asesoras (Importar informes) para ver aquí sus cifras.</translation>
        </message>
        <message>
            <source>Territory: {name}</source>
            <translation>Territorio: {name}</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Territorio</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Red</translation>
        </message>
        <message>
            <source>Commune</source>
            <translation>Comuna</translation>
        </message>
        <message>
            <source>Advisor</source>
            <translation>Asesora</translation>
        </message>
        <message>
            <source>{name} (no longer reports)</source>
            <translation>{name} (ya no informa)</translation>
        </message>
        <message>
            <source>Sessions held</source>
            <translation>Sesiones realizadas</translation>
        </message>
        <message>
            <source>{held} of {planned}</source>
            <translation>{held} de {planned}</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Present of expected</source>
            <translation>Presentes/esperados</translation>
        </message>
        <message>
            <source>Practices</source>
            <translation>Prácticas</translation>
        </message>
        <message>
            <source>Nothing measured</source>
            <translation>Nada medido</translation>
        </message>
        <message>
            <source>{numerator} of {denominator}</source>
            <translation>{numerator} de {denominator}</translation>
        </message>
        <message>
            <source>territory-report-{year}.pdf</source>
            <translation>informe-territorial-{year}.pdf</translation>
        </message>
        <message>
            <source>Save the territory report</source>
            <translation>Guardar el informe territorial</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <source>The territory report is ready: {path} (%n page(s)).</source>
            <translation>
                <numerusform>El informe territorial está listo: {path} (%n página).</numerusform>
                <numerusform>El informe territorial está listo: {path} (%n páginas).</numerusform>
            </translation>
        </message>
        <message>
            <source>The PDF could not be made.</source>
            <translation>No se pudo hacer el PDF.</translation>
        </message>
        <message>
            <source>Making the PDF…</source>
            <translation>Haciendo el PDF…</translation>
        </message>
    </context>
    <context>
        <name>TerritoryPanel</name>
        <message>
            <source>Your territory's coordinator</source>
            <translation>La coordinación de tu territorio</translation>
        </message>
        <message>
            <source>The file your SLEP's or DAEM's coordinator gave you: your territory reports go to her</source>
            <translation>El archivo que te entregó la coordinación de tu SLEP o DAEM: tus informes al territorio van a ella</translation>
        </message>
        <message>
            <source>The file that introduces you and your microcentros to the coordinator; read her your fingerprint when you give it</source>
            <translation>El archivo que te presenta a ti y a tus microcentros ante la coordinación; léele tu huella al entregárselo</translation>
        </message>
        <message>
            <source>What the report carries</source>
            <translation>Lo que lleva el informe</translation>
        </message>
        <message>
            <source>What never leaves</source>
            <translation>Lo que nunca sale</translation>
        </message>
        <message>
            <source>Import the coordinator's car&amp;d…</source>
            <translation>Importar la tar&amp;jeta de la coordinación…</translation>
        </message>
        <message>
            <source>Write the territory in&amp;vitation…</source>
            <translation>Escribir la in&amp;vitación al territorio…</translation>
        </message>
        <message>
            <source>Write the territory rep&amp;ort…</source>
            <translation>Escribir el inf&amp;orme al territorio…</translation>
        </message>
        <message>
            <source>No coordinator yet. Give her your territory invitation; she gives you her card back. Import it here after comparing the fingerprint she reads to you.</source>
            <translation>Todavía no hay coordinación. Entrégale tu invitación al territorio; ella te devuelve su tarjeta. Impórtala aquí después de comparar la huella que te lee.</translation>
        </message>
        <message>
            <source>{name}, {territory} (fingerprint {fingerprint}).</source>
            <translation>{name}, {territory} (huella {fingerprint}).</translation>
        </message>
        <message>
            <source>Reading your microcentros…</source>
            <translation>Leyendo tus microcentros…</translation>
        </message>
        <message>
            <source>{name}: {schools} schools, {teachers} teachers (counts only)</source>
            <translation>{name}: {schools} escuelas, {teachers} docentes (solo la cantidad)</translation>
        </message>
        <message>
            <source>{year}: {sessions} sessions ({held} held: dates, hours, modality, attendance counts), {practices} practices shared with the network</source>
            <translation>{year}: {sessions} sesiones ({held} realizadas: fechas, horas, modalidad, cantidad de asistentes), {practices} prácticas compartidas con la red</translation>
        </message>
        <message>
            <source>Each school year's indicators, as numerator and denominator: attendance, practices shared, adoption, continuation and the survey's figures.</source>
            <translation>Los indicadores de cada año escolar, como numerador y denominador: asistencia, prácticas compartidas, adopción, continuidad y las cifras de la encuesta.</translation>
        </message>
        <message>
            <source>Minga files (*.minga)</source>
            <translation>Archivos de Minga (*.minga)</translation>
        </message>
        <message>
            <source>The coordinator's card</source>
            <translation>La tarjeta de la coordinación</translation>
        </message>
        <message>
            <source>The card was not imported: the fingerprint was not confirmed.</source>
            <translation>La tarjeta no se importó: no se confirmó la huella.</translation>
        </message>
        <message>
            <source>Your territory reports will go to {name} ({territory}).</source>
            <translation>Tus informes al territorio irán a {name} ({territory}).</translation>
        </message>
        <message>
            <source>Save the territory invitation</source>
            <translation>Guardar la invitación al territorio</translation>
        </message>
        <message>
            <source>Territory invitation saved in {path}. Give it to your coordinator and read her your fingerprint: {fingerprint}.</source>
            <translation>Invitación al territorio guardada en {path}. Entrégasela a tu coordinación y léele tu huella: {fingerprint}.</translation>
        </message>
        <message>
            <source>Save the territory report</source>
            <translation>Guardar el informe al territorio</translation>
        </message>
        <message>
            <source>Territory report saved in {path} for {name}: {networks} microcentros. Only she can open it.</source>
            <translation>Informe al territorio guardado en {path} para {name}: {networks} microcentros. Solo ella puede abrirlo.</translation>
        </message>
        <message>
            <source>Your coordinator</source>
            <translation>Tu coordinación</translation>
        </message>
        <message>
            <source>Card of {name}, coordinator of {territory}.</source>
            <translation>Tarjeta de {name}, coordinación de {territory}.</translation>
        </message>
        <message>
            <source>Fingerprint of her key:
{fingerprint}

Is it the one {name} read to you (in person or by phone)? Import it only if it is.</source>
            <translation>Huella de su clave:
{fingerprint}

¿Es la que te leyó {name} (en persona o por teléfono)? Impórtala solo si lo es.</translation>
        </message>
        <message>
            <source>It is the same: import</source>
            <translation>Es la misma: importar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>Tools</name>
        <message>
            <source>The backup was restored. Close Minga and open it again to see it.</source>
            <extracomment>How long after start the daily automatic backup runs (the window is up by then).</extracomment>
            <translation>Se restauró el respaldo. Cierra Minga y vuelve a abrirlo para verlo.</translation>
        </message>
        <message>
            <source>The backup was restored with its owner's keys: this computer now reads and signs her bundles. Your previous data was kept as a copy.</source>
            <translation>Se restauró el respaldo con las claves de su dueño/a: este computador ahora abre y firma sus paquetes. Sus datos anteriores se guardaron como copia.</translation>
        </message>
        <message>
            <source>The backup was restored. Your previous data was kept as a copy.</source>
            <translation>Se restauró el respaldo. Tus datos anteriores quedaron guardados como copia.</translation>
        </message>
    </context>
    <context>
        <name>ToolsMenu</name>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Herramientas</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>&amp;Respaldos…</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferencias…</translation>
        </message>
        <message>
            <source>&amp;My data…</source>
            <translation>&amp;Mis datos…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts…</source>
            <translation>A&amp;tajos de teclado…</translation>
        </message>
        <message>
            <source>&amp;About and diagnostics…</source>
            <translation>&amp;Acerca de y diagnóstico…</translation>
        </message>
    </context>
    <context>
        <name>YearPlanDialog</name>
        <message>
            <source>School year</source>
            <translation>Año escolar</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <source>What the network works on this year</source>
            <translation>En qué trabaja la red este año</translation>
        </message>
        <message>
            <source>Annual focus</source>
            <translation>Foco anual</translation>
        </message>
        <message>
            <source> practices</source>
            <translation> prácticas</translation>
        </message>
        <message>
            <source>Goal: practices to share</source>
            <translation>Meta: prácticas por compartir</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>Classes</source>
            <translation>Clases</translation>
        </message>
        <message>
            <source>2026-06-22..2026-07-03 Winter break</source>
            <translation>2026-06-22..2026-07-03 Vacaciones de invierno</translation>
        </message>
        <message>
            <source>One break or holiday a line: a day, or FROM..TO, then its name. No session is suggested on those days.</source>
            <translation>Un receso o feriado por línea: un día, o DESDE..HASTA, y luego su nombre. No se sugieren sesiones esos días.</translation>
        </message>
        <message>
            <source>Breaks and holidays</source>
            <translation>Recesos y feriados</translation>
        </message>
        <message>
            <source>first</source>
            <translation>primer</translation>
        </message>
        <message>
            <source>second</source>
            <translation>segundo</translation>
        </message>
        <message>
            <source>third</source>
            <translation>tercer</translation>
        </message>
        <message>
            <source>fourth</source>
            <translation>cuarto</translation>
        </message>
        <message>
            <source>last</source>
            <translation>último</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>lunes</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>martes</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>miércoles</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>jueves</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>viernes</translation>
        </message>
        <message>
            <source>of each month</source>
            <translation>de cada mes</translation>
        </message>
        <message>
            <source>Monthly meeting</source>
            <translation>Reunión mensual</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <source>Suggested date</source>
            <translation>Fecha sugerida</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Default calendar</source>
            <translation>Calendario habitual</translation>
        </message>
        <message>
            <source>Fill in the usual Chilean school year; check it against your region's</source>
            <translation>Completa con el año escolar chileno habitual; revísalo con el calendario de tu región</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Saved plan.</source>
            <translation>Plan guardado.</translation>
        </message>
        <message>
            <source>Default calendar, not saved yet: check it and save it.</source>
            <translation>Calendario habitual, aún sin guardar: revísalo y guárdalo.</translation>
        </message>
        <message>
            <source>No. {number}, {date}</source>
            <translation>N° {number}, {date}</translation>
        </message>
        <message>
            <source>{hours} of {allowance} h</source>
            <translation>{hours} de {allowance} h</translation>
        </message>
        <message>
            <source>no session yet</source>
            <translation>sin sesiones aún</translation>
        </message>
        <message>
            <source>Over the monthly allowance of Decreto 1.107</source>
            <translation>Sobre las horas mensuales del Decreto 1.107</translation>
        </message>
        <message>
            <source>Year plan {year} saved.</source>
            <translation>Plan del año {year} guardado.</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>uso: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>argumentos</translation>
        </message>
        <message>
            <source>options</source>
            <translation>opciones</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>muestra esta ayuda y termina</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>faltan estos argumentos: %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>argumentos desconocidos: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>opción inválida: %(value)r (elige entre %(choices)s)</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argumento %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>falta un valor</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valor %(type)s inválido: %(value)r</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: error: %(message)s
</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>muestra la versión y termina</translation>
        </message>
    </context>
    <context>
        <name>authorization</name>
        <message>
            <source>it belongs to someone else.</source>
            <translation>pertenece a otra persona.</translation>
        </message>
        <message>
            <source>only the advisor may write it.</source>
            <translation>solo el/la asesor/a puede escribirlo.</translation>
        </message>
        <message>
            <source>a teacher records the students' figures of her own school only.</source>
            <translation>una docente registra solo las cifras de estudiantes de su propia escuela.</translation>
        </message>
        <message>
            <source>only the advisor who runs the session may write it.</source>
            <translation>solo el/la asesor/a que conduce la sesión puede escribirlo.</translation>
        </message>
        <message>
            <source>the network has one microcentre, the advisor's.</source>
            <translation>la red tiene un solo microcentro, el de su asesor/a.</translation>
        </message>
        <message>
            <source>only the network's advisor has the role of advisor.</source>
            <translation>solo el/la asesor/a de la red tiene el rol de asesor/a.</translation>
        </message>
        <message>
            <source>nobody may change their own role.</source>
            <translation>nadie puede cambiar su propio rol.</translation>
        </message>
        <message>
            <source>a territory's coordinator belongs to no network's roster.</source>
            <translation>la coordinación del territorio no forma parte de la nómina de ninguna red.</translation>
        </message>
        <message>
            <source>a person's record is written only by them.</source>
            <translation>el registro de una persona lo escribe solo ella.</translation>
        </message>
        <message>
            <source>the school with RBD {rbd} was registered by someone else as '{school}'; only they may rename or delete it.</source>
            <translation>la escuela con RBD {rbd} fue registrada por otra persona como «{school}»; solo esa persona puede cambiarle el nombre o eliminarla.</translation>
        </message>
        <message>
            <source>an evidence file may only hang on a practice of its own author.</source>
            <translation>un archivo de evidencia solo puede adjuntarse a una práctica de su propio autor.</translation>
        </message>
        <message>
            <source>the evidence file name '{filename}' is not a plain file name.</source>
            <translation>el nombre del archivo de evidencia «{filename}» no es un nombre de archivo simple.</translation>
        </message>
        <message>
            <source>evidence files of type '{media_type}' are not accepted.</source>
            <translation>no se aceptan archivos de evidencia de tipo «{media_type}».</translation>
        </message>
        <message>
            <source>only the observer or the observed teacher may reply to a note.</source>
            <translation>solo quien observó o el/la docente observado/a puede responder a una nota.</translation>
        </message>
        <message>
            <source>it hangs on a record that belongs to someone else.</source>
            <translation>depende de un registro que pertenece a otra persona.</translation>
        </message>
        <message>
            <source>only the observed teacher decides whether the whole microcentre may read an observation note about her.</source>
            <translation>solo la persona observada decide si todo el microcentro puede leer una nota de observación sobre ella.</translation>
        </message>
        <message>
            <source>only the observed teacher decides who may read an observation note about her.</source>
            <translation>solo la persona observada decide quién puede leer una nota de observación sobre ella.</translation>
        </message>
        <message>
            <source>survey answers travel without a name: only the advisor writes a session's tally.</source>
            <translation>las respuestas de la encuesta viajan sin nombre: solo la asesora escribe el conteo de una sesión.</translation>
        </message>
        <message>
            <source>an anonymous survey answer carries no author, no device and no time, and is never changed.</source>
            <translation>una respuesta anónima de la encuesta no lleva autora, ni equipo, ni hora, y nunca se modifica.</translation>
        </message>
        <message>
            <source>only the person herself or the advisor may erase a person's data.</source>
            <translation>solo la propia persona o la asesora pueden borrar los datos de una persona.</translation>
        </message>
        <message>
            <source>an erasure of personal data cannot be undone or changed.</source>
            <translation>un borrado de datos personales no se puede deshacer ni cambiar.</translation>
        </message>
    </context>
    <context>
        <name>check</name>
        <message>
            <source>Database damage: {detail}</source>
            <translation>Daño en la base de datos: {detail}</translation>
        </message>
        <message>
            <source>A record of kind {kind} ({id}) holds a value Minga refuses: {detail}</source>
            <translation>Un registro de tipo {kind} ({id}) tiene un valor que Minga rechaza: {detail}</translation>
        </message>
        <message>
            <source>Attachment missing: {name} ({hash})</source>
            <translation>Falta un archivo adjunto: {name} ({hash})</translation>
        </message>
        <message>
            <source>Attachment damaged (its content changed): {name} ({hash})</source>
            <translation>Archivo adjunto dañado (su contenido cambió): {name} ({hash})</translation>
        </message>
        <message>
            <source>{count} records of kind {kind} point to a {target} not received yet.</source>
            <translation>{count} registros de tipo {kind} apuntan a un {target} que aún no llega.</translation>
        </message>
        <message>
            <source>The database's structure differs from Minga's schema: {detail}</source>
            <translation>La estructura de la base de datos no es la del esquema de Minga: {detail}</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>Minga: the notebook of a rural microcentre. Without a command, opens the app.</source>
            <translation>Minga: el cuaderno del microcentro rural. Sin un comando, abre la aplicación.</translation>
        </message>
        <message>
            <source>show Minga's version and exit</source>
            <translation>muestra la versión de Minga y termina</translation>
        </message>
        <message>
            <source>DIR</source>
            <translation>CARPETA</translation>
        </message>
        <message>
            <source>data folder (default: MINGA_DATA_DIR or your user data folder)</source>
            <translation>carpeta de datos (por omisión: MINGA_DATA_DIR o tu carpeta de datos de usuario)</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>database (default: MINGA_DB_URL or the data folder's own file); postgresql+psycopg://user@server/database for a territory's server</source>
            <translation>base de datos (por omisión: MINGA_DB_URL o el archivo propio de la carpeta de datos); postgresql+psycopg://usuario@servidor/base para el servidor de un territorio</translation>
        </message>
        <message>
            <source>MICROCENTRE</source>
            <translation>MICROCENTRO</translation>
        </message>
        <message>
            <source>work on another of your microcentros: its name or id (see 'minga microcentro list')</source>
            <translation>trabajar en otro de tus microcentros: su nombre o id (ver «minga microcentro list»)</translation>
        </message>
        <message>
            <source>language of messages: es or en</source>
            <translation>idioma de los mensajes: es o en</translation>
        </message>
        <message>
            <source>never show dialogs (automation): errors go to the log</source>
            <translation>no mostrar ventanas de diálogo (automatización): los errores van al registro</translation>
        </message>
        <message>
            <source>COMMAND</source>
            <translation>COMANDO</translation>
        </message>
        <message>
            <source>set up Minga without the app</source>
            <translation>configura Minga sin abrir la aplicación</translation>
        </message>
        <message>
            <source>teacher, advisor or coordinator (a territory's hub)</source>
            <translation>docente, asesora o coordinación (el servidor de un territorio)</translation>
        </message>
        <message>
            <source>your full name</source>
            <translation>tu nombre completo</translation>
        </message>
        <message>
            <source>your school's name (teachers)</source>
            <translation>nombre de tu escuela (docentes)</translation>
        </message>
        <message>
            <source>your school's RBD, like 4478-4 (teachers)</source>
            <translation>RBD de tu escuela, como 4478-4 (docentes)</translation>
        </message>
        <message>
            <source>the microcentre's name</source>
            <translation>nombre del microcentro</translation>
        </message>
        <message>
            <source>e-mail address (optional)</source>
            <translation>correo electrónico (opcional)</translation>
        </message>
        <message>
            <source>TERRITORY</source>
            <translation>TERRITORIO</translation>
        </message>
        <message>
            <source>(coordinator) the territory's name, like "SLEP Maule Costa"</source>
            <translation>(coordinación) el nombre del territorio, como «SLEP Maule Costa»</translation>
        </message>
        <message>
            <source>keep the RBD even if its check digit does not match</source>
            <translation>conservar el RBD aunque su dígito verificador no coincida</translation>
        </message>
        <message>
            <source>fill the data folder with demo data</source>
            <translation>llena la carpeta con datos de demostración</translation>
        </message>
        <message>
            <source>small, medium, large or a number of practices; territory: a coordinator's hub with 60 microcentres over 10 school years</source>
            <translation>small, medium, large o un número de prácticas; territory: la central de un coordinador con 60 microcentros en 10 años escolares</translation>
        </message>
        <message>
            <source>random seed (same seed, same data)</source>
            <translation>semilla (misma semilla, mismos datos)</translation>
        </message>
        <message>
            <source>whose installation the demo is: a teacher's or the advisor's</source>
            <translation>de quién es la instalación de demostración: de un/a docente o del asesor/a</translation>
        </message>
        <message>
            <source>count records per kind</source>
            <translation>cuenta los registros por tipo</translation>
        </message>
        <message>
            <source>machine-readable output</source>
            <translation>salida en JSON para otros programas</translation>
        </message>
        <message>
            <source>add or list practices</source>
            <translation>agrega o lista prácticas</translation>
        </message>
        <message>
            <source>ACTION</source>
            <translation>ACCIÓN</translation>
        </message>
        <message>
            <source>add a practice of yours</source>
            <translation>agrega una práctica tuya</translation>
        </message>
        <message>
            <source>title</source>
            <translation>título</translation>
        </message>
        <message>
            <source>description</source>
            <translation>descripción</translation>
        </message>
        <message>
            <source>multigrade strategy</source>
            <translation>estrategia multigrado</translation>
        </message>
        <message>
            <source>materials</source>
            <translation>materiales</translation>
        </message>
        <message>
            <source>duration in minutes</source>
            <translation>duración en minutos</translation>
        </message>
        <message>
            <source>subject (repeatable)</source>
            <translation>asignatura (se puede repetir)</translation>
        </message>
        <message>
            <source>level: NT1, NT2, 1° to 8° (repeatable)</source>
            <translation>nivel: NT1, NT2, 1° a 8° (se puede repetir)</translation>
        </message>
        <message>
            <source>learning objective code like MA02 OA 03 (repeatable)</source>
            <translation>código de objetivo de aprendizaje como MA02 OA 03 (se puede repetir)</translation>
        </message>
        <message>
            <source>keep OA codes the curriculum catalogue does not have (see 'minga oa list')</source>
            <translation>mantener códigos OA que el catálogo curricular no tiene (ver «minga oa list»)</translation>
        </message>
        <message>
            <source>draft, ready or presented</source>
            <translation>draft (borrador), ready (lista) o presented (presentada)</translation>
        </message>
        <message>
            <source>who receives it: private, advisor or network</source>
            <translation>quién la recibe: private (solo tú), advisor (el asesor/a) o network (todo el microcentro)</translation>
        </message>
        <message>
            <source>attach evidence files to a practice</source>
            <translation>adjunta evidencias a una práctica</translation>
        </message>
        <message>
            <source>the practice's id</source>
            <translation>el identificador de la práctica</translation>
        </message>
        <message>
            <source>photos, documents, audio, video</source>
            <translation>fotos, documentos, audio, video</translation>
        </message>
        <message>
            <source>list practices</source>
            <translation>lista las prácticas</translation>
        </message>
        <message>
            <source>improvement cycles (PHEA): data points and run charts</source>
            <translation>ciclos de mejora (PHEA): datos y gráficos de corrida</translation>
        </message>
        <message>
            <source>list the improvement cycles</source>
            <translation>lista los ciclos de mejora</translation>
        </message>
        <message>
            <source>the data points of a cycle</source>
            <translation>los datos de un ciclo</translation>
        </message>
        <message>
            <source>add a data point (or replace the value of its period)</source>
            <translation>agrega un dato (o reemplaza el valor de su período)</translation>
        </message>
        <message>
            <source>CYCLE</source>
            <translation>CICLO</translation>
        </message>
        <message>
            <source>the cycle's id</source>
            <translation>el id del ciclo</translation>
        </message>
        <message>
            <source>the period, like 2026-04</source>
            <translation>el período, como 2026-04</translation>
        </message>
        <message>
            <source>the value</source>
            <translation>el valor</translation>
        </message>
        <message>
            <source>the data points and the run chart</source>
            <translation>los datos y el gráfico de corrida</translation>
        </message>
        <message>
            <source>how many first points give the median (6 to 10)</source>
            <translation>cuántos primeros puntos dan la mediana (6 a 10)</translation>
        </message>
        <message>
            <source>first points of the baseline</source>
            <translation>primeros puntos de la línea base</translation>
        </message>
        <message>
            <source>mark a change at a period: a new baseline from there</source>
            <translation>marca un cambio en un período: desde ahí, una nueva línea base</translation>
        </message>
        <message>
            <source>the first period after it</source>
            <translation>el primer período después del cambio</translation>
        </message>
        <message>
            <source>remove the mark</source>
            <translation>quita la marca</translation>
        </message>
        <message>
            <source>students' figures per school and level (counts only, never names)</source>
            <translation>cifras de los estudiantes por escuela y nivel (solo conteos, nunca nombres)</translation>
        </message>
        <message>
            <source>record a month's attendance, or a shared diagnostic's students per level of achievement</source>
            <translation>registrar la asistencia de un mes, o los estudiantes por nivel de logro de un diagnóstico compartido</translation>
        </message>
        <message>
            <source>the school: its RBD, id or name</source>
            <translation>la escuela: su RBD, id o nombre</translation>
        </message>
        <message>
            <source>the level: NT1, NT2, 1° to 8°</source>
            <translation>el nivel: NT1, NT2, 1° a 8°</translation>
        </message>
        <message>
            <source>the month, like 2026-04</source>
            <translation>el mes, como 2026-04</translation>
        </message>
        <message>
            <source>the month's attendance, 0 to 100 (%%)</source>
            <translation>la asistencia del mes, de 0 a 100 (%%)</translation>
        </message>
        <message>
            <source>how many students the level has</source>
            <translation>cuántos estudiantes tiene el nivel</translation>
        </message>
        <message>
            <source>the shared diagnostic's name</source>
            <translation>el nombre del diagnóstico compartido</translation>
        </message>
        <message>
            <source>a level of achievement and its students, like Adecuado=4 (repeatable)</source>
            <translation>un nivel de logro y sus estudiantes, como Adecuado=4 (se puede repetir)</translation>
        </message>
        <message>
            <source>the students' figures recorded</source>
            <translation>las cifras de estudiantes registradas</translation>
        </message>
        <message>
            <source>only this school: its RBD, id or name</source>
            <translation>solo esta escuela: su RBD, id o nombre</translation>
        </message>
        <message>
            <source>the curriculum catalogue of learning objectives</source>
            <translation>el catálogo curricular de objetivos de aprendizaje</translation>
        </message>
        <message>
            <source>list learning objectives</source>
            <translation>lista objetivos de aprendizaje</translation>
        </message>
        <message>
            <source>only this subject (code or name)</source>
            <translation>solo esta asignatura (código o nombre)</translation>
        </message>
        <message>
            <source>only this level: NT1, NT2, 1° to 8°</source>
            <translation>solo este nivel: NT1, NT2, 1° a 8°</translation>
        </message>
        <message>
            <source>words to find (accents optional)</source>
            <translation>palabras a buscar (con o sin tildes)</translation>
        </message>
        <message>
            <source>'{value}' is not a number.</source>
            <translation>«{value}» no es un número.</translation>
        </message>
        <message>
            <source>{title}: baseline of the first {n} points</source>
            <translation>{title}: línea base de los primeros {n} puntos</translation>
        </message>
        <message>
            <source>change</source>
            <translation>cambio</translation>
        </message>
        <message>
            <source>median {value}</source>
            <translation>mediana {value}</translation>
        </message>
        <message>
            <source>Signals: {names}</source>
            <translation>Señales: {names}</translation>
        </message>
        <message>
            <source>No signal: the variation looks like chance so far.</source>
            <translation>Sin señales: por ahora la variación parece azar.</translation>
        </message>
        <message>
            <source>shift</source>
            <translation>desplazamiento</translation>
        </message>
        <message>
            <source>trend</source>
            <translation>tendencia</translation>
        </message>
        <message>
            <source>too few runs</source>
            <translation>muy pocas rachas</translation>
        </message>
        <message>
            <source>too many runs</source>
            <translation>demasiadas rachas</translation>
        </message>
        <message>
            <source>astronomical point</source>
            <translation>punto astronómico</translation>
        </message>
        <message>
            <source>No improvement cycles yet.</source>
            <translation>Aún no hay ciclos de mejora.</translation>
        </message>
        <message>
            <source>No learning objective matches.</source>
            <translation>Ningún objetivo de aprendizaje coincide.</translation>
        </message>
        <message>
            <source>No students' figures recorded yet.</source>
            <translation>Todavía no hay cifras de estudiantes registradas.</translation>
        </message>
        <message>
            <source>attendance {percent}% of {students}</source>
            <translation>asistencia {percent}% de {students}</translation>
        </message>
        <message>
            <source>only this subject</source>
            <translation>solo esta asignatura</translation>
        </message>
        <message>
            <source>only this level</source>
            <translation>solo este nivel</translation>
        </message>
        <message>
            <source>only this status</source>
            <translation>solo este estado</translation>
        </message>
        <message>
            <source>at most this many (0: all)</source>
            <translation>como máximo esta cantidad (0: todas)</translation>
        </message>
        <message>
            <source>check the database and the attachments</source>
            <translation>revisa la base de datos y los archivos adjuntos</translation>
        </message>
        <message>
            <source>move records with values Minga refuses aside, as conflict copies</source>
            <translation>aparta como copias en conflicto los registros con valores que Minga rechaza</translation>
        </message>
        <message>
            <source>make a backup</source>
            <translation>hace un respaldo</translation>
        </message>
        <message>
            <source>backup file (default: in backups/)</source>
            <translation>archivo de respaldo (por omisión: en backups/)</translation>
        </message>
        <message>
            <source>put your private keys in the backup too, protected by a passphrase you choose (to move Minga to another computer)</source>
            <translation>incluir también tus claves privadas en el respaldo, protegidas con una frase de paso que eliges (para llevar Minga a otro computador)</translation>
        </message>
        <message>
            <source>read the passphrase from the first line of this file (for scripts)</source>
            <translation>leer la frase de paso de la primera línea de este archivo (para scripts)</translation>
        </message>
        <message>
            <source>where to write the recovery sheet (PDF) of a backup with keys (default: beside the backup)</source>
            <translation>dónde escribir la hoja de recuperación (PDF) de un respaldo con claves (por omisión: junto al respaldo)</translation>
        </message>
        <message>
            <source>restore a backup into the data folder</source>
            <translation>restaura un respaldo en la carpeta de datos</translation>
        </message>
        <message>
            <source>backup file</source>
            <translation>archivo de respaldo</translation>
        </message>
        <message>
            <source>for a backup with keys: read the passphrase from the first line of this file</source>
            <translation>para un respaldo con claves: leer la frase de paso de la primera línea de este archivo</translation>
        </message>
        <message>
            <source>Passphrase of the backup's keys: </source>
            <translation>Frase de paso de las claves del respaldo: </translation>
        </message>
        <message>
            <source>Choose a passphrase for your keys: </source>
            <translation>Elige una frase de paso para tus claves: </translation>
        </message>
        <message>
            <source>Type it again: </source>
            <translation>Escríbela otra vez: </translation>
        </message>
        <message>
            <source>The two passphrases differ or are empty; try again.</source>
            <translation>Las dos frases no coinciden o están vacías; inténtalo de nuevo.</translation>
        </message>
        <message>
            <source>Your keys were restored too: this computer is now the one that reads and signs your bundles (fingerprint {fingerprint}). Stop using the old computer for Minga.</source>
            <translation>También se restauraron tus claves: este computador es ahora el que abre y firma tus paquetes (huella {fingerprint}). No vuelvas a usar Minga en el computador viejo.</translation>
        </message>
        <message>
            <source>(advisor) write the invitation file for teachers</source>
            <translation>(asesor/a) escribe el archivo de invitación para los docentes</translation>
        </message>
        <message>
            <source>invitation file</source>
            <translation>archivo de invitación</translation>
        </message>
        <message>
            <source>let this member (person id or full name) come back with a new computer and new keys; her old keys are revoked when you accept her first bundle</source>
            <translation>permitir que esta integrante (ID de persona o nombre completo) vuelva con un computador nuevo y claves nuevas; sus claves viejas quedan revocadas cuando aceptes su primer paquete</translation>
        </message>
        <message>
            <source>write a bundle to take to others</source>
            <translation>escribe un paquete para llevarlo a los demás</translation>
        </message>
        <message>
            <source>bundle file (.minga)</source>
            <translation>archivo del paquete (.minga)</translation>
        </message>
        <message>
            <source>PERSON_ID</source>
            <translation>ID_PERSONA</translation>
        </message>
        <message>
            <source>for this member only (default: a teacher's advisor)</source>
            <translation>solo para este integrante (si no se indica: el asesor o asesora del docente)</translation>
        </message>
        <message>
            <source>(advisor) one bundle for every member (the default for the advisor)</source>
            <translation>(asesor/a) un solo paquete para todos los integrantes (lo habitual para el asesor o asesora)</translation>
        </message>
        <message>
            <source>everything, not only what the recipients have not confirmed</source>
            <translation>todo, no solo lo que los destinatarios aún no han confirmado</translation>
        </message>
        <message>
            <source>MB</source>
            <translation>MB</translation>
        </message>
        <message>
            <source>cut the bundle into parts of at most this size (for e-mail)</source>
            <translation>divide el paquete en partes de este tamaño como máximo (para el correo)</translation>
        </message>
        <message>
            <source>copy the Minga installers (.exe, .deb) of this folder or file beside the bundle, with a signed manifest, so the update travels with it (remembered for later exports)</source>
            <translation>copia los instaladores de Minga (.exe, .deb) de esta carpeta o archivo junto al paquete, con un manifiesto firmado, para que la actualización viaje con él (se recuerda para las próximas exportaciones)</translation>
        </message>
        <message>
            <source>no installers beside this bundle or later ones</source>
            <translation>sin instaladores junto a este paquete ni a los siguientes</translation>
        </message>
        <message>
            <source>verify and apply bundles or an invitation</source>
            <translation>verifica y aplica paquetes o una invitación</translation>
        </message>
        <message>
            <source>bundle files (for a split bundle, its parts)</source>
            <translation>archivos de paquete (si está dividido, todas sus partes)</translation>
        </message>
        <message>
            <source>this installation's ids, key fingerprint and public keys</source>
            <translation>identificadores, huella de la clave y claves públicas de esta instalación</translation>
        </message>
        <message>
            <source>list the microcentre's sessions</source>
            <translation>lista las sesiones del microcentro</translation>
        </message>
        <message>
            <source>only the sessions of this year</source>
            <translation>solo las sesiones de este año</translation>
        </message>
        <message>
            <source>plan a session and record what happened in it</source>
            <translation>planifica una sesión y registra lo que pasó en ella</translation>
        </message>
        <message>
            <source>the session's id, or 'latest'</source>
            <translation>el id de la sesión, o «latest» (la más reciente)</translation>
        </message>
        <message>
            <source>plan a session (advisor)</source>
            <translation>planifica una sesión (asesor/a)</translation>
        </message>
        <message>
            <source>date, as YYYY-MM-DD</source>
            <translation>fecha, como AAAA-MM-DD</translation>
        </message>
        <message>
            <source>start time, as HH:MM (default 09:00)</source>
            <translation>hora de inicio, como HH:MM (por defecto 09:00)</translation>
        </message>
        <message>
            <source>place</source>
            <translation>lugar</translation>
        </message>
        <message>
            <source>in_person, blended or remote</source>
            <translation>in_person (presencial), blended (semipresencial) o remote (a distancia)</translation>
        </message>
        <message>
            <source>focus of the session</source>
            <translation>foco de la sesión</translation>
        </message>
        <message>
            <source>TITLE:MINUTES</source>
            <translation>TÍTULO:MINUTOS</translation>
        </message>
        <message>
            <source>an agenda item with its minutes (repeatable, in order)</source>
            <translation>un punto de la tabla con sus minutos (repetible, en orden)</translation>
        </message>
        <message>
            <source>number in the year (default: the next)</source>
            <translation>número en el año (por defecto: el siguiente)</translation>
        </message>
        <message>
            <source>a person present (id, repeatable)</source>
            <translation>una persona presente (id, repetible)</translation>
        </message>
        <message>
            <source>a person absent (id, repeatable)</source>
            <translation>una persona ausente (id, repetible)</translation>
        </message>
        <message>
            <source>a person excused (id, repeatable)</source>
            <translation>una persona con ausencia justificada (id, repetible)</translation>
        </message>
        <message>
            <source>a person's data: a copy of it, or its erasure (Ley 21.719)</source>
            <translation>los datos de una persona: una copia o su borrado (Ley 21.719)</translation>
        </message>
        <message>
            <source>write everything Minga holds about and by a person (yours, or for the advisor any member's) as a ZIP: JSON, a README, her evidence files and a PDF summary</source>
            <translation>escribe todo lo que Minga guarda de una persona y sobre ella (los tuyos, o para la asesora los de cualquier integrante) en un ZIP: JSON, un LÉAME, sus archivos de evidencia y un resumen en PDF</translation>
        </message>
        <message>
            <source>PERSON</source>
            <translation>PERSONA</translation>
        </message>
        <message>
            <source>the person's id or full name</source>
            <translation>el id o el nombre completo de la persona</translation>
        </message>
        <message>
            <source>the ZIP to write</source>
            <translation>el ZIP que se escribe</translation>
        </message>
        <message>
            <source>erase a person's data on every computer of the network (yourself, or the advisor at her request); it cannot be undone</source>
            <translation>borra los datos de una persona en todos los computadores de la red (la propia persona, o la asesora a su pedido); no se puede deshacer</translation>
        </message>
        <message>
            <source>(advisor) she also leaves the microcentre: her bundles are refused from now on (without it she stays a member)</source>
            <translation>(asesora) además deja el microcentro: desde ahora se rechazan sus paquetes (sin esta opción sigue siendo integrante)</translation>
        </message>
        <message>
            <source>do not ask for confirmation (scripts)</source>
            <translation>no pedir confirmación (scripts)</translation>
        </message>
        <message>
            <source>no records</source>
            <translation>ningún registro</translation>
        </message>
        <message>
            <source>The data of {name} were written to {path}: {counts}; {files} evidence file(s) and a PDF summary.</source>
            <translation>Los datos de {name} quedaron en {path}: {counts}; {files} archivo(s) de evidencia y un resumen en PDF.</translation>
        </message>
        <message>
            <source>This erases the data of {name} on this computer and, through your next bundles, on every computer of the network: her name and e-mail address, the texts of {counts}, and her evidence files. Counts in the indicators stay, without her name. It cannot be undone.</source>
            <translation>Esto borra los datos de {name} en este computador y, con tus próximos paquetes, en todos los computadores de la red: su nombre y su correo, los textos de {counts}, y sus archivos de evidencia. Los conteos de los indicadores se mantienen, sin su nombre. No se puede deshacer.</translation>
        </message>
        <message>
            <source>This erases the data of {name} on this computer and, through your next bundles, on every computer of the network: her name and e-mail address (this computer holds no record of hers). It cannot be undone.</source>
            <translation>Esto borra los datos de {name} en este computador y, con tus próximos paquetes, en todos los computadores de la red: su nombre y su correo (este computador no guarda registros suyos). No se puede deshacer.</translation>
        </message>
        <message>
            <source>Erase the data of {name}? [y/N] </source>
            <translation>¿Borrar los datos de {name}? [s/N] </translation>
        </message>
        <message>
            <source>y</source>
            <translation>s</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>{name} stays a member of the microcentre: she keeps receiving the network's bundles, but what she writes from now on is erased too on every computer. If she also leaves, add --remove-member.</source>
            <translation>{name} sigue siendo integrante del microcentro: sigue recibiendo los paquetes de la red, pero lo que escriba desde ahora también se borra en todos los computadores. Si además deja el microcentro, agrega --remove-member.</translation>
        </message>
        <message>
            <source>You stay a member of the microcentre: you keep receiving the network's bundles, but what you write from now on is erased too on every computer. To leave it, ask your advisor to remove you.</source>
            <translation>Sigues siendo integrante del microcentro: sigues recibiendo los paquetes de la red, pero lo que escribas desde ahora también se borra en todos los computadores. Para dejarlo, pídele a tu asesora o asesor que te retire.</translation>
        </message>
        <message>
            <source>The data of {name} were erased here ({counts}). Your next bundles carry the erasure to every computer of the network.</source>
            <translation>Los datos de {name} se borraron aquí ({counts}). Tus próximos paquetes llevan el borrado a todos los computadores de la red.</translation>
        </message>
        <message>
            <source>She also left the microcentre: her bundles are refused from now on, here and, through your next bundles, on every member's computer.</source>
            <translation>También dejó el microcentro: desde ahora se rechazan sus paquetes, aquí y, con sus próximos paquetes, en el computador de cada integrante.</translation>
        </message>
        <message>
            <source>{name} also leaves the microcentre (--remove-member): her bundles are refused from now on.</source>
            <translation>{name} también deja el microcentro (--remove-member): desde ahora se rechazan sus paquetes.</translation>
        </message>
        <message>
            <source>{name} is no longer a member of the microcentre.</source>
            <translation>{name} ya no es integrante del microcentro.</translation>
        </message>
        <message>
            <source>(advisor) manage the microcentre's members</source>
            <translation>(asesor/a) administrar los integrantes del microcentro</translation>
        </message>
        <message>
            <source>(advisor) remove a member: their bundles are refused and they receive no more bundles; their shared practices stay under their name</source>
            <translation>(asesor/a) retirar a un integrante: sus paquetes se rechazan y no recibe más paquetes; sus prácticas compartidas quedan a su nombre</translation>
        </message>
        <message>
            <source>the member's person id or full name</source>
            <translation>el id de persona o el nombre completo del integrante</translation>
        </message>
        <message>
            <source>why the member leaves (required; kept in this installation's records)</source>
            <translation>por qué deja el microcentro (obligatorio; se guarda en los registros de esta instalación)</translation>
        </message>
        <message>
            <source>show a session</source>
            <translation>muestra una sesión</translation>
        </message>
        <message>
            <source>put a practice on the session's programme (advisor)</source>
            <translation>agrega una práctica al programa de la sesión (asesor/a)</translation>
        </message>
        <message>
            <source>the presenter's person id (default: the practice's author)</source>
            <translation>el id de quien presenta (por defecto: quien escribió la práctica)</translation>
        </message>
        <message>
            <source>minutes of the slot (15 at most)</source>
            <translation>minutos de la presentación (15 como máximo)</translation>
        </message>
        <message>
            <source>place in the programme</source>
            <translation>lugar en el programa</translation>
        </message>
        <message>
            <source>record attendance (advisor)</source>
            <translation>registra la asistencia (asesor/a)</translation>
        </message>
        <message>
            <source>write the minutes (advisor)</source>
            <translation>escribe el acta (asesor/a)</translation>
        </message>
        <message>
            <source>the minutes</source>
            <translation>el acta</translation>
        </message>
        <message>
            <source>approve a session's minutes, read at the next session (advisor)</source>
            <translation>aprueba el acta de una sesión, leída en la sesión siguiente (asesor/a)</translation>
        </message>
        <message>
            <source>when they were approved, as YYYY-MM-DD (default: the next session's date, or today)</source>
            <translation>cuándo se aprobó, como AAAA-MM-DD (por omisión: la fecha de la sesión siguiente, o hoy)</translation>
        </message>
        <message>
            <source>take the approval back</source>
            <translation>deshace la aprobación</translation>
        </message>
        <message>
            <source>record the evaluation of a presented practice (advisor)</source>
            <translation>registra la evaluación de una práctica presentada (asesor/a)</translation>
        </message>
        <message>
            <source>could others replicate it: yes, with_adjustments or no</source>
            <translation>¿la podrían replicar otros?: yes (sí), with_adjustments (con ajustes) o no</translation>
        </message>
        <message>
            <source>strengths</source>
            <translation>fortalezas</translation>
        </message>
        <message>
            <source>suggestions</source>
            <translation>sugerencias</translation>
        </message>
        <message>
            <source>the person id of who said it (optional)</source>
            <translation>el id de la persona que lo dijo (opcional)</translation>
        </message>
        <message>
            <source>the session was useful: 1 to 4</source>
            <translation>la sesión fue útil: 1 a 4</translation>
        </message>
        <message>
            <source>I feel prepared to apply it: 1 to 4</source>
            <translation>me siento preparado/a para aplicarlo: 1 a 4</translation>
        </message>
        <message>
            <source>I felt trust to voice doubts: 1 to 4</source>
            <translation>sentí confianza para expresar mis dudas: 1 a 4</translation>
        </message>
        <message>
            <source>how many people answered this (a tally)</source>
            <translation>cuántas personas respondieron esto (un conteo)</translation>
        </message>
        <message>
            <source>comment</source>
            <translation>comentario</translation>
        </message>
        <message>
            <source>The minutes of session {number} are no longer approved.</source>
            <translation>El acta de la sesión {number} ya no está aprobada.</translation>
        </message>
        <message>
            <source>The minutes of session {number} were approved on {date}.</source>
            <translation>El acta de la sesión {number} se aprobó el {date}.</translation>
        </message>
        <message>
            <source>choose a colleague's practice to apply</source>
            <translation>elige una práctica de un colega para aplicarla</translation>
        </message>
        <message>
            <source>the session where you chose it (id or 'latest')</source>
            <translation>la sesión en que la elegiste (id o «latest»)</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notas</translation>
        </message>
        <message>
            <source>record an application of a practice you chose</source>
            <translation>registra una aplicación de una práctica que elegiste</translation>
        </message>
        <message>
            <source>the adoption's id</source>
            <translation>el id de la elección</translation>
        </message>
        <message>
            <source>students present</source>
            <translation>estudiantes presentes</translation>
        </message>
        <message>
            <source>record exit-ticket counts of an application (no names)</source>
            <translation>registra los conteos del ticket de salida de una aplicación (sin nombres)</translation>
        </message>
        <message>
            <source>the application's id</source>
            <translation>el id de la aplicación</translation>
        </message>
        <message>
            <source>QUESTION:OPTION[:LEVEL]=N</source>
            <translation>PREGUNTA:OPCIÓN[:NIVEL]=N</translation>
        </message>
        <message>
            <source>how many students chose an option (repeatable; the level may be left out when the application has one level)</source>
            <translation>cuántos estudiantes eligieron una opción (repetible; puedes omitir el nivel si la aplicación tiene un solo nivel)</translation>
        </message>
        <message>
            <source>the exit ticket's template id (default: the usual one)</source>
            <translation>el id de la plantilla del ticket de salida (por defecto: la habitual)</translation>
        </message>
        <message>
            <source>write the self-assessment of a practice you applied</source>
            <translation>escribe la autoevaluación de una práctica que aplicaste</translation>
        </message>
        <message>
            <source>one application of it (optional)</source>
            <translation>una de sus aplicaciones (opcional)</translation>
        </message>
        <message>
            <source>continue, adjust (continue with adjustments) or drop</source>
            <translation>continue (continuar), adjust (continuar con ajustes) o drop (dejarla)</translation>
        </message>
        <message>
            <source>CRITERION=LEVEL</source>
            <translation>CRITERIO=NIVEL</translation>
        </message>
        <message>
            <source>a rubric criterion and its level (repeatable)</source>
            <translation>un criterio de la rúbrica y su nivel (repetible)</translation>
        </message>
        <message>
            <source>adjustments made</source>
            <translation>ajustes realizados</translation>
        </message>
        <message>
            <source>reflection</source>
            <translation>reflexión</translation>
        </message>
        <message>
            <source>date, as YYYY-MM-DD (default: today)</source>
            <translation>fecha, como AAAA-MM-DD (por defecto: hoy)</translation>
        </message>
        <message>
            <source>who receives this self-assessment: private, advisor or network (default: as it was, or the adoption's)</source>
            <translation>quién recibe esta autoevaluación: private (solo tú), advisor (el/la asesor/a) o network (todo el microcentro) (por omisión: como estaba, o como la elección de la práctica)</translation>
        </message>
        <message>
            <source>list exit tickets, rubrics, observation protocols and the survey's wording</source>
            <translation>lista los tickets de salida, las rúbricas, las pautas de observación y la redacción de la encuesta</translation>
        </message>
        <message>
            <source>only this kind</source>
            <translation>solo este tipo</translation>
        </message>
        <message>
            <source>the microcentre's indicators for a school year</source>
            <translation>los indicadores del microcentro para un año escolar</translation>
        </message>
        <message>
            <source>school year (default: the current one)</source>
            <translation>año escolar (por defecto: el actual)</translation>
        </message>
        <message>
            <source>network (the advisor's default) or mine (a teacher's default)</source>
            <translation>network (los de la red; por defecto para asesores) o mine (los tuyos; por defecto para docentes)</translation>
        </message>
        <message>
            <source>Satisfaction survey ({answers} answers):</source>
            <translation>Encuesta de satisfacción ({answers} respuestas):</translation>
        </message>
        <message>
            <source> (goal {goal}, {source}, {basis})</source>
            <translation> (meta {goal}, {source}, {basis})</translation>
        </message>
        <message>
            <source>top answer</source>
            <translation>respuesta máxima</translation>
        </message>
        <message>
            <source>agree or better</source>
            <translation>de acuerdo o más</translation>
        </message>
        <message>
            <source>{name}: {headline}{goal} · top answer {top} · agree or better {agree}</source>
            <translation>{name}: {headline}{goal} · respuesta máxima {top} · de acuerdo o más {agree}</translation>
        </message>
        <message>
            <source>print the session guide, blank forms or reports as PDF</source>
            <translation>imprime la guía de la sesión, formularios en blanco o informes en PDF</translation>
        </message>
        <message>
            <source>DOCUMENT</source>
            <translation>DOCUMENTO</translation>
        </message>
        <message>
            <source>paper size: carta (the default), oficio or a4</source>
            <translation>tamaño de papel: carta (por defecto), oficio o a4</translation>
        </message>
        <message>
            <source>the guide of a session: programme, practices, forms and attendance</source>
            <translation>la guía de una sesión: programa, prácticas, pautas y asistencia</translation>
        </message>
        <message>
            <source>a blank form to fill in by hand</source>
            <translation>un formulario en blanco para completar a mano</translation>
        </message>
        <message>
            <source>exit-ticket, self-assessment, observation, phea or survey</source>
            <translation>exit-ticket (ticket de salida), self-assessment (autoevaluación), observation (observación), phea o survey (encuesta de satisfacción)</translation>
        </message>
        <message>
            <source>the template's id (default: the usual one)</source>
            <translation>el id de la plantilla (por defecto: la habitual)</translation>
        </message>
        <message>
            <source>the advisor's report of a school year</source>
            <translation>el informe de la asesoría de un año escolar</translation>
        </message>
        <message>
            <source>a teacher's portfolio (yours by default)</source>
            <translation>el portafolio de un/a docente (el tuyo por defecto)</translation>
        </message>
        <message>
            <source>whose portfolio (default: yours)</source>
            <translation>de quién es el portafolio (por defecto: el tuyo)</translation>
        </message>
        <message>
            <source>only this school year (default: every year)</source>
            <translation>solo este año escolar (por defecto: todos los años)</translation>
        </message>
        <message>
            <source>PRACTICE_ID</source>
            <translation>ID_PRÁCTICA</translation>
        </message>
        <message>
            <source>only this practice (repeatable)</source>
            <translation>solo esta práctica (repetible)</translation>
        </message>
        <message>
            <source>from this day, as YYYY-MM-DD</source>
            <translation>desde este día, como AAAA-MM-DD</translation>
        </message>
        <message>
            <source>up to this day, as YYYY-MM-DD</source>
            <translation>hasta este día, como AAAA-MM-DD</translation>
        </message>
        <message>
            <source>a follow-up observation beside the first one, on one page</source>
            <translation>una observación de seguimiento junto a la primera, en una página</translation>
        </message>
        <message>
            <source>the follow-up note's id</source>
            <translation>el id de la observación de seguimiento</translation>
        </message>
        <message>
            <source>the privacy page for advisors: what Minga keeps, who receives it, rights</source>
            <translation>la página de privacidad para asesoras: qué guarda Minga, quién lo recibe, derechos</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>ARCHIVO</translation>
        </message>
        <message>
            <source>the PDF to write</source>
            <translation>el PDF que se escribe</translation>
        </message>
        <message>
            <source>what waits in the e-mail outbox, and what was sent</source>
            <translation>lo que espera en la bandeja de salida del correo, y lo que se envió</translation>
        </message>
        <message>
            <source>send what waits in the outbox now</source>
            <translation>envía ahora lo que espera en la bandeja de salida</translation>
        </message>
        <message>
            <source>check the mailbox now and import bundles from members</source>
            <translation>revisa el buzón ahora e importa los paquetes de los integrantes</translation>
        </message>
        <message>
            <source>set up e-mail, test it, queue a bundle</source>
            <translation>configura el correo, pruébalo, deja un paquete en la bandeja de salida</translation>
        </message>
        <message>
            <source>the mail servers and addresses (password: MINGA_MAIL_PASSWORD or asked)</source>
            <translation>los servidores y direcciones de correo (contraseña: MINGA_MAIL_PASSWORD o se pregunta)</translation>
        </message>
        <message>
            <source>HOST</source>
            <translation>SERVIDOR</translation>
        </message>
        <message>
            <source>outgoing server</source>
            <translation>servidor de salida</translation>
        </message>
        <message>
            <source>PORT</source>
            <translation>PUERTO</translation>
        </message>
        <message>
            <source>outgoing port (default: 465 with ssl, 587 with starttls)</source>
            <translation>puerto de salida (por defecto: 465 con ssl, 587 con starttls)</translation>
        </message>
        <message>
            <source>ssl (implicit TLS, usually 465) or starttls (usually 587)</source>
            <translation>ssl (TLS implícito, normalmente 465) o starttls (normalmente 587)</translation>
        </message>
        <message>
            <source>USER</source>
            <translation>USUARIO</translation>
        </message>
        <message>
            <source>user name for logging in</source>
            <translation>nombre de usuario para iniciar sesión</translation>
        </message>
        <message>
            <source>ADDRESS</source>
            <translation>DIRECCIÓN</translation>
        </message>
        <message>
            <source>your address (default: the user name)</source>
            <translation>tu dirección (por defecto: el nombre de usuario)</translation>
        </message>
        <message>
            <source>(teachers) the advisor's address</source>
            <translation>(docentes) la dirección de la asesora o asesor</translation>
        </message>
        <message>
            <source>incoming server (IMAP), to fetch</source>
            <translation>servidor de entrada (IMAP), para recibir</translation>
        </message>
        <message>
            <source>incoming port (default 993)</source>
            <translation>puerto de entrada (por defecto 993)</translation>
        </message>
        <message>
            <source>ssl (usually 993) or starttls (usually 143); default ssl</source>
            <translation>ssl (normalmente 993) o starttls (normalmente 143); por defecto ssl</translation>
        </message>
        <message>
            <source>user name at the incoming server (default: the same)</source>
            <translation>nombre de usuario en el servidor de entrada (por defecto: el mismo)</translation>
        </message>
        <message>
            <source>FOLDER</source>
            <translation>CARPETA</translation>
        </message>
        <message>
            <source>folder to check (default INBOX)</source>
            <translation>carpeta que se revisa (por defecto INBOX)</translation>
        </message>
        <message>
            <source>largest part to send, in MB (default 10)</source>
            <translation>tamaño máximo de cada parte, en MB (por defecto 10)</translation>
        </message>
        <message>
            <source>also trust this certificate authority (a school's own server)</source>
            <translation>confía además en esta autoridad certificadora (el servidor propio de una escuela)</translation>
        </message>
        <message>
            <source>log in to the mail servers and say how it went</source>
            <translation>inicia sesión en los servidores de correo y dice cómo resultó</translation>
        </message>
        <message>
            <source>put a bundle in the e-mail outbox</source>
            <translation>deja un paquete en la bandeja de salida del correo</translation>
        </message>
        <message>
            <source>PERSON_ID|advisor|all</source>
            <translation>ID_PERSONA|advisor|all</translation>
        </message>
        <message>
            <source>for whom (default: a teacher's advisor; the advisor's members)</source>
            <translation>para quién (por defecto: para una o un docente, su asesora o asesor; para la asesoría, sus integrantes)</translation>
        </message>
        <message>
            <source>open every screen and check it</source>
            <translation>abre cada pantalla y la revisa</translation>
        </message>
        <message>
            <source>save a PNG of each screen here</source>
            <translation>guarda aquí una imagen PNG de cada pantalla</translation>
        </message>
        <message>
            <source>PERCENT</source>
            <translation>PORCENTAJE</translation>
        </message>
        <message>
            <source>text size in per cent, as in Preferences (100, 125, 150 or 200)</source>
            <translation>tamaño del texto en porcentaje, como en Preferencias (100, 125, 150 o 200)</translation>
        </message>
        <message>
            <source>Minga is ready for {name} in {folder}.</source>
            <translation>Minga está lista para {name} en {folder}.</translation>
        </message>
        <message>
            <source>Demo data ready: {rows} records, {practices} practices, in {folder}.</source>
            <translation>Datos de demostración listos: {rows} registros, {practices} prácticas, en {folder}.</translation>
        </message>
        <message>
            <source>Demo territory ready: {networks} microcentres of {advisors} advisors, school years {first} to {last}, {sessions} sessions, {practices} shared practices; this installation is the coordinator's ({name}), in {folder}.</source>
            <translation>Territorio de demostración listo: {networks} microcentros de {advisors} asesores, años escolares {first} a {last}, {sessions} sesiones, {practices} prácticas compartidas; esta instalación es de la coordinadora ({name}), en {folder}.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Vigentes</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Eliminados</translation>
        </message>
        <message>
            <source>Total: {live} live records, {deleted} deleted, {conflicts} conflicts, {drafts} drafts.</source>
            <translation>Total: {live} registros vigentes, {deleted} eliminados, {conflicts} conflictos, {drafts} borradores.</translation>
        </message>
        <message>
            <source>Attached {name} ({size} KB).</source>
            <translation>Se adjuntó {name} ({size} KB).</translation>
        </message>
        <message>
            <source>No practices found.</source>
            <translation>No se encontraron prácticas.</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} practices (use --limit 0 to see all).</source>
            <translation>Se muestran {shown} de {total} prácticas (usa --limit 0 para verlas todas).</translation>
        </message>
        <message numerus="yes">
            <source>%n practice(s).</source>
            <translation>
                <numerusform>%n práctica.</numerusform>
                <numerusform>%n prácticas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Moved aside as a conflict copy: a record of kind {kind} ({id}).</source>
            <translation>Apartado como copia en conflicto: un registro de tipo {kind} ({id}).</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) with values Minga refuses were moved aside; their owners find them among the conflicts.</source>
            <translation>
                <numerusform>Se apartó %n registro con valores que Minga rechaza; su dueño lo encuentra entre los conflictos.</numerusform>
                <numerusform>Se apartaron %n registros con valores que Minga rechaza; sus dueños los encuentran entre los conflictos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Problem: {text}</source>
            <translation>Problema: {text}</translation>
        </message>
        <message>
            <source>Note: {text}</source>
            <translation>Nota: {text}</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) hold values Minga refuses; 'minga check --repair' moves them aside as conflict copies.</source>
            <translation>
                <numerusform>%n registro tiene valores que Minga rechaza; «minga check --repair» lo aparta como copia en conflicto.</numerusform>
                <numerusform>%n registros tienen valores que Minga rechaza; «minga check --repair» los aparta como copias en conflicto.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The check found %n problem(s). Restore a backup or ask for help.</source>
            <translation>
                <numerusform>La revisión encontró %n problema. Restaura un respaldo o pide ayuda.</numerusform>
                <numerusform>La revisión encontró %n problemas. Restaura un respaldo o pide ayuda.</numerusform>
            </translation>
        </message>
        <message>
            <source>Backup written to {path} ({rows} records, {files} attachments).</source>
            <translation>Respaldo guardado en {path} ({rows} registros, {files} archivos adjuntos).</translation>
        </message>
        <message>
            <source>Your private keys are in it, protected by your passphrase (fingerprint {fingerprint}). Keep the passphrase apart from the backup: without it the keys cannot be opened.</source>
            <translation>Tus claves privadas van en él, protegidas con tu frase de paso (huella {fingerprint}). Guarda la frase lejos del respaldo: sin ella las claves no se pueden abrir.</translation>
        </message>
        <message>
            <source>Recovery sheet to print: {path}</source>
            <translation>Hoja de recuperación para imprimir: {path}</translation>
        </message>
        <message>
            <source>Restored the backup of {date} into {folder}: {rows} records, {files} attachments.</source>
            <translation>Se restauró el respaldo del {date} en {folder}: {rows} registros, {files} archivos adjuntos.</translation>
        </message>
        <message>
            <source>Invitation written to {path}: {microcentre}, {members} members, {schools} schools.</source>
            <translation>Invitación guardada en {path}: {microcentre}, {members} integrantes, {schools} escuelas.</translation>
        </message>
        <message>
            <source>Give it to the teachers, and read them your key fingerprint so they can check it: {fingerprint}</source>
            <translation>Entrégala a los docentes y léeles la huella de tu clave para que la comprueben: {fingerprint}</translation>
        </message>
        <message>
            <source>Bundle written to {path} for {recipients}: {records} records, {attachments} attachments, {conflicts} conflict copies.</source>
            <translation>Paquete guardado en {path} para {recipients}: {records} registros, {attachments} archivos adjuntos, {conflicts} copias en conflicto.</translation>
        </message>
        <message>
            <source>Everything that may travel was included (--full).</source>
            <translation>Se incluyó todo lo que puede viajar (--full).</translation>
        </message>
        <message>
            <source>Everything that may travel was included: the recipients have not confirmed an earlier bundle yet.</source>
            <translation>Se incluyó todo lo que puede viajar: los destinatarios aún no han confirmado un paquete anterior.</translation>
        </message>
        <message>
            <source>Only what the recipients have not confirmed yet was included.</source>
            <translation>Solo se incluyó lo que los destinatarios aún no han confirmado.</translation>
        </message>
        <message numerus="yes">
            <source>Split into %n part(s), from {first} to {last}; send them all.</source>
            <translation>
                <numerusform>Dividido en %n parte, de {first} a {last}; envíala.</numerusform>
                <numerusform>Dividido en %n partes, de {first} a {last}; envíalas todas.</numerusform>
            </translation>
        </message>
        <message>
            <source>(advisor) accept bundles from teachers who are not members yet, or from a member invited back with new keys</source>
            <translation>(asesor/a) aceptar paquetes de docentes que aún no son integrantes, o de una integrante invitada a volver con claves nuevas</translation>
        </message>
        <message>
            <source>(invitation) you compared the advisor's fingerprint with the one they read to you: join without asking</source>
            <translation>(invitación) ya comparaste la huella de tu asesor/a con la que te leyó: unirse sin preguntar</translation>
        </message>
        <message>
            <source>make new keys (before joining only: a member who lost her keys is invited back by the advisor with 'invite --rejoin')</source>
            <translation>crear claves nuevas (solo antes de unirse: a una integrante que perdió sus claves la vuelve a incorporar su asesor/a con «invite --rejoin»)</translation>
        </message>
        <message>
            <source>(at her request) the practices she shared leave the network's library too, on every member's computer</source>
            <translation>(si lo pide) las prácticas que compartió salen también de la biblioteca de la red, en el computador de cada integrante</translation>
        </message>
        <message>
            <source>(advisor) name the member who hosts the monthly meeting's room (her room relays the bundles for you), or --none</source>
            <translation>(asesora) nombrar a la integrante que es anfitriona de la sala de la reunión mensual (su sala guarda los paquetes para ti), o --none</translation>
        </message>
        <message>
            <source>no member hosts the room: you host it yourself</source>
            <translation>ninguna integrante es anfitriona: tú misma abres la sala</translation>
        </message>
        <message>
            <source>Invitation for {name} to come back with a new computer written to {path}.</source>
            <translation>Invitación para que {name} vuelva con un computador nuevo guardada en {path}.</translation>
        </message>
        <message>
            <source>Read {name} your key fingerprint so they can check it: {fingerprint}. When their first bundle arrives, compare the new fingerprint they read to you and import it with --accept-new-members: their old keys are then revoked everywhere.</source>
            <translation>Léele a {name} la huella de tu clave para que la compruebe: {fingerprint}. Cuando llegue su primer paquete, compara la huella nueva que te lea e impórtalo con --accept-new-members: entonces sus claves viejas quedan revocadas en todas partes.</translation>
        </message>
        <message>
            <source>Installers copied beside the bundle: {files}.</source>
            <translation>Instaladores copiados junto al paquete: {files}.</translation>
        </message>
        <message>
            <source>Welcome back to {microcentre}. This computer has new keys: your new fingerprint is {fingerprint}. Read it to {advisor} when they import your first bundle ('minga export').</source>
            <translation>De vuelta en {microcentre}. Este computador tiene claves nuevas: tu nueva huella es {fingerprint}. Léesela a {advisor} cuando importe tu primer paquete («minga export»).</translation>
        </message>
        <message>
            <source>You joined {microcentre}. Your advisor is {advisor}; the fingerprint of their key is {fingerprint}.</source>
            <translation>Te uniste a {microcentre}. Tu asesor/a es {advisor}; la huella de su clave es {fingerprint}.</translation>
        </message>
        <message>
            <source>Your own fingerprint is {fingerprint}. Now send your advisor a bundle with 'minga export'.</source>
            <translation>Tu propia huella es {fingerprint}. Ahora envía un paquete a tu asesor/a con «minga export».</translation>
        </message>
        <message>
            <source>Imported {file} from {sender} (fingerprint {fingerprint}), made on {date}.</source>
            <translation>Se importó {file} de {sender} (huella {fingerprint}), hecho el {date}.</translation>
        </message>
        <message>
            <source>{kind}: {new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts</source>
            <translation>{kind}: {new} nuevos, {updated} actualizados, {unchanged} sin cambios, {conflicts} conflictos</translation>
        </message>
        <message>
            <source>Total: {new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts.</source>
            <translation>Total: {new} nuevos, {updated} actualizados, {unchanged} sin cambios, {conflicts} conflictos.</translation>
        </message>
        <message numerus="yes">
            <source>%n evidence file(s) received.</source>
            <translation>
                <numerusform>Se recibió %n archivo de evidencia.</numerusform>
                <numerusform>Se recibieron %n archivos de evidencia.</numerusform>
            </translation>
        </message>
        <message>
            <source>{sender} is now a member of the microcentre.</source>
            <translation>{sender} ahora es integrante del microcentro.</translation>
        </message>
        <message numerus="yes">
            <source>Warning: this computer's clock and the network's differ by %n day(s). Check the date and time of this computer.</source>
            <translation>
                <numerusform>Atención: el reloj de este computador y el de la red difieren en %n día. Revisa la fecha y la hora de este computador.</numerusform>
                <numerusform>Atención: el reloj de este computador y el de la red difieren en %n días. Revisa la fecha y la hora de este computador.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) need a newer version of Minga: they are kept as they came and passed on.</source>
            <translation>
                <numerusform>%n registro requiere una versión más nueva de Minga: se guarda tal como llegó y se reenvía.</numerusform>
                <numerusform>%n registros requieren una versión más nueva de Minga: se guardan tal como llegaron y se reenvían.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your network already uses Minga {version}.</source>
            <translation>Tu red ya usa Minga {version}.</translation>
        </message>
        <message>
            <source>Its installer is in {path}.</source>
            <translation>El instalador está en {path}.</translation>
        </message>
        <message>
            <source>Ask your advisor for the installer.</source>
            <translation>Pide el instalador a tu asesora o asesor.</translation>
        </message>
        <message>
            <source>This bundle had been imported before: nothing changed.</source>
            <translation>Este paquete ya se había importado: no cambió nada.</translation>
        </message>
        <message>
            <source>Conflicting versions were kept as copies; their owners can compare and restore them.</source>
            <translation>Las versiones en conflicto se guardaron como copias; sus autores pueden compararlas y restaurarlas.</translation>
        </message>
        <message>
            <source>To accept them, import it again with --accept-new-members.</source>
            <translation>Para aceptar a esa persona, vuelve a importar el paquete con --accept-new-members.</translation>
        </message>
        <message>
            <source>This invitation from {advisor} lets {name} come back to {microcentre} with this computer and new keys.</source>
            <translation>Esta invitación de {advisor} permite que {name} vuelva a {microcentre} con este computador y claves nuevas.</translation>
        </message>
        <message>
            <source>Invitation from {advisor} to join {microcentre}.</source>
            <translation>Invitación de {advisor} para unirse a {microcentre}.</translation>
        </message>
        <message>
            <source>Fingerprint of your advisor's key: {fingerprint}</source>
            <translation>Huella de la clave de tu asesor/a: {fingerprint}</translation>
        </message>
        <message>
            <source>Is it the one {advisor} read to you? [y/N] </source>
            <translation>¿Es la misma que {advisor} te leyó? [s/N] </translation>
        </message>
        <message>
            <source>Name: {name} ({role})</source>
            <translation>Nombre: {name} ({role})</translation>
        </message>
        <message>
            <source>Person id: {id}</source>
            <translation>ID de persona: {id}</translation>
        </message>
        <message>
            <source>Device id: {id}</source>
            <translation>ID del equipo: {id}</translation>
        </message>
        <message>
            <source>sync everyone at the monthly meeting over the room's network</source>
            <translation>sincronizar a todas en la reunión mensual por la red de la sala</translation>
        </message>
        <message>
            <source>(advisor) receive the members' bundles on this network and send each one the consolidated bundle, until Ctrl+C</source>
            <translation>(asesora) recibir los paquetes de las integrantes en esta red y enviar a cada una el paquete consolidado, hasta Ctrl+C</translation>
        </message>
        <message>
            <source>port to listen on (default: {port})</source>
            <translation>puerto en que escuchar (por omisión: {port})</translation>
        </message>
        <message>
            <source>do not announce the session on the network (members type the address)</source>
            <translation>no anunciar la sesión en la red (las integrantes escriben la dirección)</translation>
        </message>
        <message>
            <source>SECONDS</source>
            <translation>SEGUNDOS</translation>
        </message>
        <message>
            <source>stop receiving after this many seconds</source>
            <translation>dejar de recibir después de estos segundos</translation>
        </message>
        <message>
            <source>send your bundle to the advisor's Minga in the room and receive the consolidated one (the advisor: take the bundles kept for you in the room of the member you named host)</source>
            <translation>enviar tu paquete al Minga de la asesora en la sala y recibir el consolidado (la asesora: recibir los paquetes guardados para ti en la sala de la integrante que nombraste anfitriona)</translation>
        </message>
        <message>
            <source>the address shown on the host's screen (default: look for your advisor's Minga on the network)</source>
            <translation>la dirección que muestra la pantalla de la anfitriona (por omisión: buscar el Minga de tu asesora en la red)</translation>
        </message>
        <message>
            <source>how long to look for the host on the network (default: 4)</source>
            <translation>cuántos segundos buscar a la anfitriona en la red (por omisión: 4)</translation>
        </message>
        <message>
            <source>look for the host only on the network of this address of your computer (when it is on several networks)</source>
            <translation>buscar a la anfitriona solo en la red de esta dirección de tu computador (cuando está en varias redes)</translation>
        </message>
        <message>
            <source>CODE</source>
            <translation>CÓDIGO</translation>
        </message>
        <message>
            <source>the session code shown on the host's screen</source>
            <translation>el código de la sesión que muestra la pantalla de la anfitriona</translation>
        </message>
        <message>
            <source>give up when the host sends nothing for this many seconds (default: 30); connecting again resumes</source>
            <translation>se rinde cuando la anfitriona no envía nada durante esta cantidad de segundos (por omisión: 30); al conectarse otra vez se retoma donde quedó</translation>
        </message>
        <message>
            <source>(advisor) who is in sync in this meeting, who is missing or failed</source>
            <translation>(asesora) quién está al día en esta reunión, quién falta o falló</translation>
        </message>
        <message>
            <source>(advisor) write the consolidated bundle of each member and a signed index, for the member who hosts the room</source>
            <translation>(asesora) escribir el paquete consolidado de cada integrante y un índice firmado, para la anfitriona de la sala</translation>
        </message>
        <message>
            <source>folder to write to (a USB stick)</source>
            <translation>carpeta donde escribir (un pendrive)</translation>
        </message>
        <message>
            <source>(the member who hosts the room) load the bundles the advisor prepared, to send each member hers</source>
            <translation>(anfitriona de la sala) cargar los paquetes que preparó la asesora, para entregar a cada integrante el suyo</translation>
        </message>
        <message>
            <source>the folder the advisor wrote</source>
            <translation>la carpeta que escribió la asesora</translation>
        </message>
        <message>
            <source>(the member who hosts the room) copy the members' bundles kept for the advisor to a folder</source>
            <translation>(anfitriona de la sala) copiar a una carpeta los paquetes de las integrantes guardados para la asesora</translation>
        </message>
        <message>
            <source>{name}'s Minga is receiving bundles in this room.</source>
            <translation>El Minga de {name} está recibiendo paquetes en esta sala.</translation>
        </message>
        <message>
            <source>Address: {address}   Code: {code}</source>
            <translation>Dirección: {address}   Código: {code}</translation>
        </message>
        <message>
            <source>If it does not connect, this computer's other addresses: {addresses}</source>
            <translation>Si no conecta, otras direcciones de este computador: {addresses}</translation>
        </message>
        <message>
            <source>Fingerprint: {fingerprint}</source>
            <translation>Huella: {fingerprint}</translation>
        </message>
        <message>
            <source>Press Ctrl+C to stop.</source>
            <translation>Presiona Ctrl+C para terminar.</translation>
        </message>
        <message>
            <source>Looking for {advisor}'s Minga on this network…</source>
            <translation>Buscando el Minga de {advisor} en esta red…</translation>
        </message>
        <message>
            <source>Connected to {host} (fingerprint {fingerprint}).</source>
            <translation>Conectada con {host} (huella {fingerprint}).</translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) kept for you in this room were imported.</source>
            <translation>
                <numerusform>%n paquete guardado para ti en esta sala se importó.</numerusform>
                <numerusform>%n paquetes guardados para ti en esta sala se importaron.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your bundle stays with {host} for the advisor.</source>
            <translation>Tu paquete quedó con {host} para la asesora.</translation>
        </message>
        <message>
            <source>The bundle back will arrive when the advisor delivers it.</source>
            <translation>El de vuelta llegará cuando la asesora lo entregue.</translation>
        </message>
        <message>
            <source>You are in sync with the network.</source>
            <translation>Estás al día con la red.</translation>
        </message>
        <message>
            <source>This room relays the bundles for {advisor}: {kept} of {total} members left theirs.</source>
            <translation>Esta sala guarda los paquetes para {advisor}: {kept} de {total} integrantes dejaron el suyo.</translation>
        </message>
        <message>
            <source>{synced} of {total} members in sync.</source>
            <translation>{synced} de {total} integrantes al día.</translation>
        </message>
        <message>
            <source>bundle kept for the advisor</source>
            <translation>paquete guardado para la asesora</translation>
        </message>
        <message>
            <source>in sync</source>
            <translation>al día</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>falta</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>falló</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>en curso</translation>
        </message>
        <message numerus="yes">
            <source>%n connection(s) refused (the last one: fingerprint {fingerprint}, from {peer}).</source>
            <translation>
                <numerusform>%n conexión rechazada (la última: huella {fingerprint}, desde {peer}).</numerusform>
                <numerusform>%n conexiones rechazadas (la última: huella {fingerprint}, desde {peer}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) for the members written to {folder}, with the room's signed index. Give the folder to the member who hosts the room.</source>
            <translation>
                <numerusform>%n paquete para las integrantes escrito en {folder}, con el índice firmado de la sala. Entrega la carpeta a la anfitriona de la sala.</numerusform>
                <numerusform>%n paquetes para las integrantes escritos en {folder}, con el índice firmado de la sala. Entrega la carpeta a la anfitriona de la sala.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) of {advisor} are waiting in this room for their members.</source>
            <translation>
                <numerusform>%n paquete de {advisor} espera en esta sala a su integrante.</numerusform>
                <numerusform>%n paquetes de {advisor} esperan en esta sala a sus integrantes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your own bundle from the advisor:</source>
            <translation>Tu propio paquete de la asesora:</translation>
        </message>
        <message>
            <source>No member has left a bundle for the advisor in this room.</source>
            <translation>Ninguna integrante ha dejado un paquete para la asesora en esta sala.</translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) for the advisor copied to {folder}. The advisor imports them as usual (minga import).</source>
            <translation>
                <numerusform>%n paquete para la asesora copiado en {folder}. La asesora lo importa como siempre (minga import).</numerusform>
                <numerusform>%n paquetes para la asesora copiados en {folder}. La asesora los importa como siempre (minga import).</numerusform>
            </translation>
        </message>
        <message>
            <source>Signing key (Ed25519): {key}</source>
            <translation>Clave de firma (Ed25519): {key}</translation>
        </message>
        <message>
            <source>Encryption key (age): {key}</source>
            <translation>Clave de cifrado (age): {key}</translation>
        </message>
        <message>
            <source>Private keys: in the system keyring ({backend}).</source>
            <translation>Claves privadas: en el llavero del sistema ({backend}).</translation>
        </message>
        <message>
            <source>Private keys: in {path}, protected by a passphrase. No system keyring was found on this computer.</source>
            <translation>Claves privadas: en {path}, protegidas con una frase de paso. No se encontró un llavero del sistema en este computador.</translation>
        </message>
        <message>
            <source>Advisor: {name} (fingerprint {fingerprint})</source>
            <translation>Asesor/a: {name} (huella {fingerprint})</translation>
        </message>
        <message>
            <source>You host the meeting's room yourself; no member is named host. Your next bundles tell every member.</source>
            <translation>Tú misma abres la sala de la reunión; ninguna integrante es anfitriona. Tus próximos paquetes se lo dicen a cada integrante.</translation>
        </message>
        <message>
            <source>{name} hosts the meeting's room: her room keeps the members' bundles for you and gives each one what you prepared (minga meeting prepare). Your next bundles tell every member.</source>
            <translation>{name} es la anfitriona de la sala de la reunión: su sala guarda para ti los paquetes de las integrantes y entrega a cada una lo que preparaste (minga meeting prepare). Tus próximos paquetes se lo dicen a cada integrante.</translation>
        </message>
        <message>
            <source>{name} had already been removed from the microcentre.</source>
            <translation>{name} ya había sido retirado/a del microcentro.</translation>
        </message>
        <message>
            <source>{name} was removed from the microcentre, and the practices they shared left the network's library at their request. Their bundles will be refused and they will receive no more bundles. Your next bundles tell every member.</source>
            <translation>{name} fue retirado/a del microcentro, y las prácticas que compartió salieron de la biblioteca de la red a su pedido. Sus paquetes serán rechazados y no recibirá más paquetes. Tus próximos paquetes se lo dicen a cada integrante.</translation>
        </message>
        <message>
            <source>{name} was removed from the microcentre. Their bundles will be refused and they will receive no more bundles; their shared practices stay under their name. Your next bundles tell every member.</source>
            <translation>{name} fue retirado/a del microcentro. Sus paquetes serán rechazados y no recibirá más paquetes; sus prácticas compartidas quedan a su nombre. Tus próximos paquetes se lo comunican a cada integrante.</translation>
        </message>
        <message>
            <source>record the satisfaction survey: a teacher's own answer (anonymous, final) or the advisor's paper forms (one or a tally)</source>
            <translation>registrar la encuesta de satisfacción: la respuesta propia de una docente (anónima, definitiva) o los formularios en papel de la asesora (uno o un conteo)</translation>
        </message>
        <message>
            <source>I brought what I learnt into my practice: 1 to 4 (a teacher must answer it; 0 on paper forms that did not ask it)</source>
            <translation>incorporé lo aprendido en mi práctica: 1 a 4 (una docente debe responderla; 0 en formularios en papel que no la preguntaban)</translation>
        </message>
        <message>
            <source>Warning: {text}</source>
            <translation>Advertencia: {text}</translation>
        </message>
        <message>
            <source>in person</source>
            <translation>presencial</translation>
        </message>
        <message>
            <source>blended</source>
            <translation>semipresencial</translation>
        </message>
        <message>
            <source>remote</source>
            <translation>a distancia</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>planificada</translation>
        </message>
        <message>
            <source>held</source>
            <translation>realizada</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelada</translation>
        </message>
        <message>
            <source>to close</source>
            <translation>por cerrar</translation>
        </message>
        <message numerus="yes">
            <source>%n presentation(s)</source>
            <translation>
                <numerusform>%n presentación</numerusform>
                <numerusform>%n presentaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>attendance {rate}</source>
            <translation>asistencia {rate}</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s).</source>
            <translation>
                <numerusform>%n sesión.</numerusform>
                <numerusform>%n sesiones.</numerusform>
            </translation>
        </message>
        <message>
            <source>No sessions yet.</source>
            <translation>Todavía no hay sesiones.</translation>
        </message>
        <message>
            <source>Focus: {text}</source>
            <translation>Foco: {text}</translation>
        </message>
        <message>
            <source>Agenda: {minutes} minutes.</source>
            <translation>Tabla: {minutes} minutos.</translation>
        </message>
        <message>
            <source>Attendance: {rate} ({present} of {total}).</source>
            <translation>Asistencia: {rate} ({present} de {total}).</translation>
        </message>
        <message>
            <source>Attendance saved: {rate} ({present} of {total}).</source>
            <translation>Asistencia guardada: {rate} ({present} de {total}).</translation>
        </message>
        <message>
            <source>Minutes saved.</source>
            <translation>Acta guardada.</translation>
        </message>
        <message>
            <source>revision {n}</source>
            <translation>versión {n}</translation>
        </message>
        <message>
            <source>Indicators of the microcentre, school year {year}</source>
            <translation>Indicadores del microcentro, año escolar {year}</translation>
        </message>
        <message>
            <source>Your indicators, school year {year}</source>
            <translation>Tus indicadores, año escolar {year}</translation>
        </message>
        <message>
            <source>Attendance: {rate} ({present} of {total})</source>
            <translation>Asistencia: {rate} ({present} de {total})</translation>
        </message>
        <message>
            <source>Practices presented: {count}</source>
            <translation>Prácticas presentadas: {count}</translation>
        </message>
        <message>
            <source>Practices shared: {count} of a goal of {goal}</source>
            <translation>Prácticas compartidas: {count} de una meta de {goal}</translation>
        </message>
        <message>
            <source>Adoption: {rate} ({chose} of {present} present chose a practice)</source>
            <translation>Elección de prácticas: {rate} ({chose} de {present} presentes eligieron una práctica)</translation>
        </message>
        <message>
            <source>Continuation: {rate} ({keep} of {total} self-assessments continue)</source>
            <translation>Continuidad: {rate} ({keep} de {total} autoevaluaciones deciden continuar)</translation>
        </message>
        <message numerus="yes">
            <source>Exit tickets: %n tally(ies)</source>
            <translation>
                <numerusform>Tickets de salida: %n conteo</numerusform>
                <numerusform>Tickets de salida: %n conteos</numerusform>
            </translation>
        </message>
        <message>
            <source>Sessions:</source>
            <translation>Sesiones:</translation>
        </message>
        <message>
            <source>attendance {attendance}, adoption {adoption}</source>
            <translation>asistencia {attendance}, elección {adoption}</translation>
        </message>
        <message>
            <source>Pending (last session: {date}, {title}):</source>
            <translation>Pendientes (última sesión: {date}, {title}):</translation>
        </message>
        <message>
            <source>Pending:</source>
            <translation>Pendientes:</translation>
        </message>
        <message>
            <source>has not chosen a practice</source>
            <translation>no ha elegido una práctica</translation>
        </message>
        <message numerus="yes">
            <source>%n self-assessment(s) pending</source>
            <translation>
                <numerusform>%n autoevaluación pendiente</numerusform>
                <numerusform>%n autoevaluaciones pendientes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) written to {path}.</source>
            <translation>
                <numerusform>%n página escrita en {path}.</numerusform>
                <numerusform>%n páginas escritas en {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing waits in the outbox.</source>
            <translation>No hay nada esperando en la bandeja de salida.</translation>
        </message>
        <message numerus="yes">
            <source>In the outbox, waiting: %n part(s)</source>
            <translation>
                <numerusform>En la bandeja de salida espera %n parte</numerusform>
                <numerusform>En la bandeja de salida esperan %n partes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent: %n part(s), accepted by the server.</source>
            <translation>
                <numerusform>Enviada: %n parte, aceptada por el servidor.</numerusform>
                <numerusform>Enviadas: %n partes, aceptadas por el servidor.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Still in the outbox: %n part(s); Minga tries again later.</source>
            <translation>
                <numerusform>Sigue en la bandeja de salida %n parte; Minga volverá a intentarlo más tarde.</numerusform>
                <numerusform>Siguen en la bandeja de salida %n partes; Minga volverá a intentarlo más tarde.</numerusform>
            </translation>
        </message>
        <message>
            <source>Minga could not finish this command because of an unexpected problem. The details are in {log}.</source>
            <translation>Minga no pudo terminar esta orden por un problema inesperado. Los detalles están en {log}.</translation>
        </message>
        <message>
            <source>{file} (part {part} of {parts}) for {recipient} &lt;{address}&gt;: {attempts} attempt(s), next try {next}</source>
            <translation>{file} (parte {part} de {parts}) para {recipient} &lt;{address}&gt;: {attempts} intento(s), próximo intento {next}</translation>
        </message>
        <message>
            <source>'{value}' is not a whole number from {low} to {high}.</source>
            <translation>«{value}» no es un número entero entre {low} y {high}.</translation>
        </message>
        <message>
            <source>'{value}' is not a number from {low} to {high}.</source>
            <translation>«{value}» no es un número entre {low} y {high}.</translation>
        </message>
        <message>
            <source>'{value}' is not small, medium, large or a number of practices.</source>
            <translation>«{value}» no es small, medium, large ni un número de prácticas.</translation>
        </message>
        <message numerus="yes">
            <source>All is well: the database is sound and every attachment matches its hash (%n checked).</source>
            <translation>
                <numerusform>Todo en orden: la base de datos está sana y cada archivo adjunto coincide con su huella (%n revisado).</numerusform>
                <numerusform>Todo en orden: la base de datos está sana y cada archivo adjunto coincide con su huella (%n revisados).</numerusform>
            </translation>
        </message>
        <message>
            <source>Last error: {text}</source>
            <translation>Último error: {text}</translation>
        </message>
        <message numerus="yes">
            <source>Sent (latest first, %n in all):</source>
            <translation>
                <numerusform>Enviados (los más recientes primero, %n en total):</numerusform>
                <numerusform>Enviados (los más recientes primero, %n en total):</numerusform>
            </translation>
        </message>
        <message>
            <source>{when}: {file} (part {part} of {parts}) to {recipient} &lt;{address}&gt;</source>
            <translation>{when}: {file} (parte {part} de {parts}) a {recipient} &lt;{address}&gt;</translation>
        </message>
        <message>
            <source>Checked the mailbox: {checked} new message(s); {imported} bundle(s) imported, {review} kept for review, {waiting} waiting for more parts.</source>
            <translation>Buzón revisado: {checked} mensaje(s) nuevo(s); {imported} paquete(s) importado(s), {review} guardado(s) para revisar, {waiting} esperando más partes.</translation>
        </message>
        <message>
            <source>For review: {subject} from {sender}</source>
            <translation>Por revisar: {subject} de {sender}</translation>
        </message>
        <message>
            <source>To accept a new member after checking the fingerprint with them: minga import FILE --accept-new-members</source>
            <translation>Para aceptar a un nuevo integrante después de comprobar la huella con esa persona: minga import ARCHIVO --accept-new-members</translation>
        </message>
        <message>
            <source>Password of the mail account: </source>
            <translation>Contraseña de la cuenta de correo: </translation>
        </message>
        <message>
            <source>No password was given: set MINGA_MAIL_PASSWORD, or run this in a terminal to type it.</source>
            <translation>No se indicó contraseña: define MINGA_MAIL_PASSWORD, o ejecuta esto en una terminal para escribirla.</translation>
        </message>
        <message>
            <source>E-mail set up: sending through {server}:{port} ({security}) as {sender}.</source>
            <translation>Correo configurado: se envía por {server}:{port} ({security}) como {sender}.</translation>
        </message>
        <message>
            <source>Checking {folder} at {server}:{port} ({security}).</source>
            <translation>Se revisa {folder} en {server}:{port} ({security}).</translation>
        </message>
        <message>
            <source>The password is kept in {place}.</source>
            <translation>La contraseña se guarda en {place}.</translation>
        </message>
        <message>
            <source>Try it with 'minga mail test'.</source>
            <translation>Pruébalo con «minga mail test».</translation>
        </message>
        <message>
            <source>Sending (SMTP)</source>
            <translation>Envío (SMTP)</translation>
        </message>
        <message>
            <source>Receiving (IMAP)</source>
            <translation>Recepción (IMAP)</translation>
        </message>
        <message>
            <source>{what} {server}:{port}: it works.</source>
            <translation>{what} {server}:{port}: funciona.</translation>
        </message>
        <message>
            <source>{what} {server}:{port}: it does not work. {reason}</source>
            <translation>{what} {server}:{port}: no funciona. {reason}</translation>
        </message>
        <message numerus="yes">
            <source>Bundle queued for {recipients}: %n part(s), {records} records, {attachments} attachments.</source>
            <translation>
                <numerusform>Paquete en la bandeja de salida para {recipients}: %n parte, {records} registros, {attachments} adjuntos.</numerusform>
                <numerusform>Paquete en la bandeja de salida para {recipients}: %n partes, {records} registros, {attachments} adjuntos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Without an e-mail address (give them the bundle on a USB stick): {names}</source>
            <translation>Sin dirección de correo (entrégales el paquete en un pendrive): {names}</translation>
        </message>
        <message>
            <source>Send it with 'minga send', or leave Minga open: it sends when online.</source>
            <translation>Envíalo con «minga send», o deja Minga abierta: envía cuando hay conexión.</translation>
        </message>
        <message>
            <source>the school year: focus, goal and calendar of sessions</source>
            <translation>el año escolar: foco, meta y calendario de sesiones</translation>
        </message>
        <message>
            <source>set the year plan (advisor)</source>
            <translation>fijar el plan del año (asesor/a)</translation>
        </message>
        <message>
            <source>year</source>
            <translation>año</translation>
        </message>
        <message>
            <source>the annual focus</source>
            <translation>el foco anual</translation>
        </message>
        <message>
            <source>practices to share in the year</source>
            <translation>prácticas por compartir en el año</translation>
        </message>
        <message>
            <source>first school day, as YYYY-MM-DD</source>
            <translation>primer día de clases, como AAAA-MM-DD</translation>
        </message>
        <message>
            <source>last school day, as YYYY-MM-DD</source>
            <translation>último día de clases, como AAAA-MM-DD</translation>
        </message>
        <message>
            <source>FROM..TO</source>
            <translation>DESDE..HASTA</translation>
        </message>
        <message>
            <source>days without sessions, as YYYY-MM-DD..YYYY-MM-DD[=label] (repeatable; replaces the default breaks and holidays)</source>
            <translation>días sin sesiones, como AAAA-MM-DD..AAAA-MM-DD[=nombre] (repetible; reemplaza los recesos y feriados habituales)</translation>
        </message>
        <message>
            <source>suggested meeting: which week of the month (1-4, 5 the last)</source>
            <translation>reunión sugerida: qué semana del mes (1-4, 5 la última)</translation>
        </message>
        <message>
            <source>suggested meeting: day of the week (1 Monday ... 5 Friday)</source>
            <translation>reunión sugerida: día de la semana (1 lunes ... 5 viernes)</translation>
        </message>
        <message>
            <source>show the year plan and its sessions</source>
            <translation>mostrar el plan del año y sus sesiones</translation>
        </message>
        <message>
            <source>the agreements of a session's acta</source>
            <translation>los acuerdos del acta de una sesión</translation>
        </message>
        <message>
            <source>record an agreement (advisor)</source>
            <translation>registrar un acuerdo (asesor/a)</translation>
        </message>
        <message>
            <source>what was agreed</source>
            <translation>lo acordado</translation>
        </message>
        <message>
            <source>the responsible member's id (default: the whole network)</source>
            <translation>el id del/la integrante responsable (por omisión: toda la red)</translation>
        </message>
        <message>
            <source>due date, as YYYY-MM-DD</source>
            <translation>plazo, como AAAA-MM-DD</translation>
        </message>
        <message>
            <source>list agreements</source>
            <translation>listar acuerdos</translation>
        </message>
        <message>
            <source>only the open ones</source>
            <translation>solo los pendientes</translation>
        </message>
        <message>
            <source>only mine and the whole network's</source>
            <translation>solo los míos y los de toda la red</translation>
        </message>
        <message>
            <source>mark an agreement done (advisor)</source>
            <translation>marcar un acuerdo como cumplido (asesor/a)</translation>
        </message>
        <message>
            <source>the agreement's id</source>
            <translation>el id del acuerdo</translation>
        </message>
        <message>
            <source>the day it was done (default: today)</source>
            <translation>el día en que se cumplió (por omisión: hoy)</translation>
        </message>
        <message>
            <source>Year plan {year} saved.</source>
            <translation>Plan del año {year} guardado.</translation>
        </message>
        <message>
            <source>School year {year}</source>
            <translation>Año escolar {year}</translation>
        </message>
        <message>
            <source>Default calendar, not confirmed yet: confirm it with 'minga year set'.</source>
            <translation>Calendario habitual, aún sin confirmar: confírmalo con «minga year set».</translation>
        </message>
        <message>
            <source>Annual focus: {focus}</source>
            <translation>Foco anual: {focus}</translation>
        </message>
        <message>
            <source>Goal: {n} practices to share</source>
            <translation>Meta: {n} prácticas por compartir</translation>
        </message>
        <message>
            <source>Classes: {start} to {end}</source>
            <translation>Clases: {start} a {end}</translation>
        </message>
        <message>
            <source>{hours} h of {allowance}</source>
            <translation>{hours} h de {allowance}</translation>
        </message>
        <message>
            <source>suggested {date}</source>
            <translation>sugerida {date}</translation>
        </message>
        <message>
            <source>No agreements.</source>
            <translation>No hay acuerdos.</translation>
        </message>
        <message>
            <source>done {date}</source>
            <translation>cumplido {date}</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>atrasado</translation>
        </message>
        <message>
            <source>open</source>
            <translation>pendiente</translation>
        </message>
        <message>
            <source>the whole network</source>
            <translation>toda la red</translation>
        </message>
        <message>
            <source>Agreement done.</source>
            <translation>Acuerdo cumplido.</translation>
        </message>
        <message>
            <source>peer observation notes: list them, and who may read a note about you</source>
            <translation>notas de observación entre pares: listarlas y decidir quién puede leer una nota sobre ti</translation>
        </message>
        <message>
            <source>the observation notes you may read, with who may read each one</source>
            <translation>las notas de observación que puedes leer, y quién puede leer cada una</translation>
        </message>
        <message>
            <source>only the notes about you</source>
            <translation>solo las notas sobre ti</translation>
        </message>
        <message>
            <source>(the observed teacher) who may read a note about you: advisor (only the observer, the advisor and you; the default) or network (the whole microcentre)</source>
            <translation>(la persona observada) quién puede leer una nota sobre ti: advisor (solo quien observó, el/la asesor/a y tú; por omisión) o network (todo el microcentro)</translation>
        </message>
        <message>
            <source>NOTE</source>
            <translation>NOTA</translation>
        </message>
        <message>
            <source>the note's id</source>
            <translation>el id de la nota</translation>
        </message>
        <message>
            <source>advisor or network</source>
            <translation>advisor (quien observó, el/la asesor/a y tú) o network (todo el microcentro)</translation>
        </message>
        <message>
            <source>the whole microcentre</source>
            <translation>todo el microcentro</translation>
        </message>
        <message>
            <source>the observer, the observed teacher and the advisor</source>
            <translation>quien observó, la persona observada y el/la asesor/a</translation>
        </message>
        <message>
            <source>No observation notes.</source>
            <translation>No hay notas de observación.</translation>
        </message>
        <message>
            <source>{date}  {observer} observed {observed}: {focus}</source>
            <translation>{date}  {observer} observó a {observed}: {focus}</translation>
        </message>
        <message>
            <source>Who may read it: {readers}</source>
            <translation>Quién puede leerla: {readers}</translation>
        </message>
        <message>
            <source>Who may read {observer}'s note about you: {readers}. Your next bundle tells the advisor.</source>
            <translation>Quién puede leer la nota de {observer} sobre ti: {readers}. Tu próximo paquete se lo dice al asesor/a.</translation>
        </message>
        <message>
            <source>the microcentros you accompany (advisor): list, new</source>
            <translation>los microcentros que acompañas (asesor/a): list, new</translation>
        </message>
        <message>
            <source>list the microcentros of this installation</source>
            <translation>lista los microcentros de esta instalación</translation>
        </message>
        <message>
            <source>start one more microcentro, in a data folder of its own (advisor)</source>
            <translation>agrega un microcentro más, en una carpeta de datos propia (asesor/a)</translation>
        </message>
        <message>
            <source>the new microcentro's name</source>
            <translation>el nombre del nuevo microcentro</translation>
        </message>
        <message>
            <source>REGION</source>
            <translation>REGIÓN</translation>
        </message>
        <message>
            <source>its region</source>
            <translation>su región</translation>
        </message>
        <message>
            <source>COMMUNE</source>
            <translation>COMUNA</translation>
        </message>
        <message>
            <source>its commune</source>
            <translation>su comuna</translation>
        </message>
        <message>
            <source>the main figures of each of your microcentros, side by side (advisor)</source>
            <translation>las cifras principales de cada uno de tus microcentros, lado a lado (asesor/a)</translation>
        </message>
        <message>
            <source>This installation has no microcentro yet: run 'minga init' first.</source>
            <translation>Esta instalación aún no tiene microcentro: ejecuta primero «minga init».</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <source>* the one in use. Choose another with: minga --microcentre NAME …</source>
            <translation>* el que está en uso. Elige otro con: minga --microcentre NOMBRE …</translation>
        </message>
        <message>
            <source>Microcentro «{name}» created in {path}.</source>
            <translation>Microcentro «{name}» creado en {path}.</translation>
        </message>
        <message>
            <source>Work on it with: minga --microcentre «{name}» … (or choose it in the window).</source>
            <translation>Trabaja en él con: minga --microcentre «{name}» … (o elígelo en la ventana).</translation>
        </message>
        <message>
            <source>sessions held: {held} of {planned}</source>
            <translation>sesiones realizadas: {held} de {planned}</translation>
        </message>
        <message>
            <source>attendance</source>
            <translation>asistencia</translation>
        </message>
        <message>
            <source>practice choice</source>
            <translation>elección de prácticas</translation>
        </message>
        <message>
            <source>continuation</source>
            <translation>continuidad</translation>
        </message>
        <message>
            <source>very useful (survey)</source>
            <translation>muy útil (encuesta)</translation>
        </message>
        <message>
            <source>practices shared: {count} (goal {goal})</source>
            <translation>prácticas compartidas: {count} (meta {goal})</translation>
        </message>
        <message>
            <source>teachers: {count}</source>
            <translation>docentes: {count}</translation>
        </message>
        <message>
            <source>the territory: reports from advisors to their SLEP or DAEM coordinator</source>
            <translation>el territorio: informes de las asesoras a su coordinación del SLEP o DAEM</translation>
        </message>
        <message>
            <source>(advisor) write the file that introduces you to the territory's coordinator</source>
            <translation>(asesora) escribe el archivo que te presenta a la coordinación del territorio</translation>
        </message>
        <message>
            <source>file to write</source>
            <translation>archivo que se escribe</translation>
        </message>
        <message>
            <source>(coordinator) accept an advisor's territory invitation and write your card back</source>
            <translation>(coordinación) acepta la invitación al territorio de una asesora y escribe tu tarjeta de respuesta</translation>
        </message>
        <message>
            <source>the advisor's territory invitation</source>
            <translation>la invitación al territorio de la asesora</translation>
        </message>
        <message>
            <source>where to write your card (default: beside the invitation)</source>
            <translation>dónde escribir tu tarjeta (por omisión: junto a la invitación)</translation>
        </message>
        <message>
            <source>you compared the advisor's fingerprint with the one she read to you</source>
            <translation>comparaste la huella de la asesora con la que ella te leyó</translation>
        </message>
        <message>
            <source>(coordinator) write your card for the advisors again</source>
            <translation>(coordinación) escribe de nuevo tu tarjeta para las asesoras</translation>
        </message>
        <message>
            <source>(advisor) import your coordinator's card: your reports go to her</source>
            <translation>(asesora) importa la tarjeta de tu coordinación: tus informes irán a ella</translation>
        </message>
        <message>
            <source>the coordinator's card</source>
            <translation>la tarjeta de la coordinación</translation>
        </message>
        <message>
            <source>you compared the coordinator's fingerprint with the one she read to you</source>
            <translation>comparaste la huella de la coordinación con la que te leyó</translation>
        </message>
        <message>
            <source>(advisor) list what a territory report carries, and what it never does</source>
            <translation>(asesora) muestra lo que lleva un informe al territorio y lo que nunca lleva</translation>
        </message>
        <message>
            <source>only this school year (repeat it for several; default: all)</source>
            <translation>solo este año escolar (repítelo para varios; por omisión: todos)</translation>
        </message>
        <message>
            <source>(advisor) write the territory report of your microcentros</source>
            <translation>(asesora) escribe el informe al territorio de tus microcentros</translation>
        </message>
        <message>
            <source>only this school year (repeat it for several; default: all): the hub replaces those years of your networks and keeps the others</source>
            <translation>solo este año escolar (repítelo para varios; por omisión: todos): el servidor del territorio reemplaza esos años de tus redes y conserva los demás</translation>
        </message>
        <message>
            <source>(coordinator) import territory reports</source>
            <translation>(coordinación) importa informes al territorio</translation>
        </message>
        <message>
            <source>territory report files</source>
            <translation>archivos de informes al territorio</translation>
        </message>
        <message>
            <source>import every new report in this folder</source>
            <translation>importa todos los informes nuevos de esta carpeta</translation>
        </message>
        <message>
            <source>(coordinator) list the territory's advisors: fingerprint, status, networks, last report</source>
            <translation>(coordinación) lista las asesoras del territorio: huella, estado, redes, último informe</translation>
        </message>
        <message>
            <source>(coordinator) manage one advisor of the territory</source>
            <translation>(coordinación) gestiona a una asesora del territorio</translation>
        </message>
        <message>
            <source>(coordinator) the advisor no longer reports: her reports are refused, her networks stay with their last figures</source>
            <translation>(coordinación) la asesora deja de informar: sus informes se rechazan y sus redes quedan con sus últimas cifras</translation>
        </message>
        <message>
            <source>the advisor's name (or its start) or person id</source>
            <translation>el nombre de la asesora (o su comienzo) o su id de persona</translation>
        </message>
        <message>
            <source>why she no longer reports (required; kept in the hub's records)</source>
            <translation>por qué deja de informar (obligatorio; queda en los registros del servidor del territorio)</translation>
        </message>
        <message>
            <source>Fingerprint of {name}'s key: {fingerprint}</source>
            <translation>Huella de la clave de {name}: {fingerprint}</translation>
        </message>
        <message>
            <source>Is it the one {name} read to you? [y/N] </source>
            <translation>¿Es la que te leyó {name}? [s/N] </translation>
        </message>
        <message>
            <source>Territory invitation written to {path}, with your {count} microcentros.</source>
            <translation>Invitación al territorio escrita en {path}, con tus {count} microcentros.</translation>
        </message>
        <message>
            <source>Give it to your coordinator, and read her your key fingerprint so she can check it: {fingerprint}</source>
            <translation>Entrégasela a tu coordinación y léele la huella de tu clave para que la compruebe: {fingerprint}</translation>
        </message>
        <message>
            <source>Territory invitation from {advisor}, advisor of: {networks}.</source>
            <translation>Invitación al territorio de {advisor}, asesora de: {networks}.</translation>
        </message>
        <message>
            <source>{name} was already an advisor of this territory.</source>
            <translation>{name} ya era asesora de este territorio.</translation>
        </message>
        <message>
            <source>{name} is now an advisor of this territory: her reports will be imported.</source>
            <translation>{name} ya es asesora de este territorio: sus informes se importarán.</translation>
        </message>
        <message>
            <source>Your card is in {path}: give it to {name} and read her your fingerprint: {fingerprint}</source>
            <translation>Tu tarjeta está en {path}: entrégasela a {name} y léele tu huella: {fingerprint}</translation>
        </message>
        <message>
            <source>Your card is in {path}; read your fingerprint to the advisors: {fingerprint}</source>
            <translation>Tu tarjeta está en {path}; lee tu huella a las asesoras: {fingerprint}</translation>
        </message>
        <message>
            <source>Card of {name}, coordinator of {territory}.</source>
            <translation>Tarjeta de {name}, coordinación de {territory}.</translation>
        </message>
        <message>
            <source>Your territory reports will go to {name} ({territory}).</source>
            <translation>Tus informes al territorio irán a {name} ({territory}).</translation>
        </message>
        <message>
            <source>A territory report carries, for each of your microcentros:</source>
            <translation>Un informe al territorio lleva, de cada uno de tus microcentros:</translation>
        </message>
        <message>
            <source>- {name}: {schools} schools, {teachers} teachers (counts only)</source>
            <translation>- {name}: {schools} escuelas, {teachers} docentes (solo la cantidad)</translation>
        </message>
        <message>
            <source>    {year}: {sessions} sessions ({held} held: dates, hours, modality, attendance counts), {practices} practices shared with the network</source>
            <translation>    {year}: {sessions} sesiones ({held} realizadas: fechas, horas, modalidad, cantidad de asistentes), {practices} prácticas compartidas con la red</translation>
        </message>
        <message>
            <source>Indicators per year, as numerator and denominator: {keys}.</source>
            <translation>Indicadores por año, como numerador y denominador: {keys}.</translation>
        </message>
        <message>
            <source>It never carries:</source>
            <translation>Nunca lleva:</translation>
        </message>
        <message>
            <source>Territory report written to {path} for {name} ({territory}): {networks} microcentros.</source>
            <translation>Informe al territorio escrito en {path} para {name} ({territory}): {networks} microcentros.</translation>
        </message>
        <message>
            <source>{file} was already imported ({advisor}); nothing changed.</source>
            <translation>{file} ya estaba importado ({advisor}); no cambió nada.</translation>
        </message>
        <message>
            <source>Imported {file} from {advisor} (fingerprint {fingerprint}): {networks}.</source>
            <translation>Importado {file} de {advisor} (huella {fingerprint}): {networks}.</translation>
        </message>
        <message>
            <source>another advisor reports this microcentro</source>
            <translation>otra asesora informa de este microcentro</translation>
        </message>
        <message>
            <source>its sessions or practices carry ids of another microcentro</source>
            <translation>sus sesiones o prácticas llevan identificadores de otro microcentro</translation>
        </message>
        <message>
            <source>the hub holds a newer report of it</source>
            <translation>el servidor tiene un informe más reciente de él</translation>
        </message>
        <message>
            <source>Not imported: {network} ({reason}).</source>
            <translation>No se importó: {network} ({reason}).</translation>
        </message>
        <message>
            <source>{folder}: {imported} new reports imported, {skipped} already imported.</source>
            <translation>{folder}: {imported} informes nuevos importados, {skipped} ya importados.</translation>
        </message>
        <message>
            <source>active</source>
            <translation>activa</translation>
        </message>
        <message>
            <source>no longer reports</source>
            <translation>ya no informa</translation>
        </message>
        <message>
            <source>Removed on {date}: {reason}</source>
            <translation>Retirada el {date}: {reason}</translation>
        </message>
        <message>
            <source>Last report: made {made}, imported {received} ({count} reports in all)</source>
            <translation>Último informe: hecho el {made}, importado el {received} ({count} informes en total)</translation>
        </message>
        <message>
            <source>No report imported yet.</source>
            <translation>Todavía no se ha importado ningún informe suyo.</translation>
        </message>
        <message>
            <source>- {name}: last report made {date}</source>
            <translation>- {name}: último informe hecho el {date}</translation>
        </message>
        <message>
            <source>(no longer reported: its last figures stay)</source>
            <translation>(ya no se informa: quedan sus últimas cifras)</translation>
        </message>
        <message>
            <source>No advisor reports to this territory yet: accept a territory invitation with 'minga territory accept FILE'.</source>
            <translation>Todavía ninguna asesora informa a este territorio: acepta una invitación al territorio con «minga territory accept ARCHIVO».</translation>
        </message>
        <message>
            <source>{name} no longer reports to this territory: her reports will be refused. Her {count} networks stay with their last figures, marked as no longer reported.</source>
            <translation>{name} ya no informa a este territorio: sus informes se rechazarán. Sus {count} redes quedan con sus últimas cifras, marcadas como que ya no se informan.</translation>
        </message>
        <message>
            <source>(coordinator) print the territory report of a school year (PDF)</source>
            <translation>(coordinación) imprime el informe territorial de un año escolar (PDF)</translation>
        </message>
        <message>
            <source>school year (default: the newest one reported)</source>
            <translation>año escolar (por omisión: el más reciente informado)</translation>
        </message>
        <message>
            <source>paper size: carta (the default) or oficio</source>
            <translation>tamaño del papel: carta (por omisión) u oficio</translation>
        </message>
    </context>
    <context>
        <name>cycle</name>
        <message>
            <source>{done} of {total}</source>
            <extracomment>Times of day on a 24-hour clock in every language (15:10, never 3:10 PM), as in Chile.</extracomment>
            <translation>{done} de {total}</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Advertencia</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>Save the changes first?</source>
            <translation>¿Guardar primero los cambios?</translation>
        </message>
        <message>
            <source>If you discard them, they are lost.</source>
            <translation>Si los descartas, se pierden.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>That draft is no longer there.</source>
            <translation>Ese borrador ya no está.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Something went wrong.</source>
            <translation>Algo salió mal.</translation>
        </message>
        <message>
            <source>Please correct the highlighted fields.</source>
            <translation>Corrige los campos marcados, por favor.</translation>
        </message>
        <message>
            <source>The record {id} does not exist.</source>
            <translation>El registro {id} no existe.</translation>
        </message>
        <message>
            <source>Only its author can change this record; it belongs to {owner}.</source>
            <translation>Solo su autor/a puede cambiar este registro; pertenece a {owner}.</translation>
        </message>
        <message>
            <source>This cannot be saved: {reason}</source>
            <translation>No se puede guardar: {reason}</translation>
        </message>
        <message>
            <source>Minga is not set up in this data folder yet. Run 'minga init' or open the app.</source>
            <translation>Minga aún no está configurada en esta carpeta de datos. Ejecuta «minga init» o abre la aplicación.</translation>
        </message>
        <message>
            <source>Minga is already set up in this data folder.</source>
            <translation>Minga ya está configurada en esta carpeta de datos.</translation>
        </message>
        <message>
            <source>The file cannot be attached.</source>
            <translation>No se puede adjuntar el archivo.</translation>
        </message>
        <message>
            <source>The database could not be used.</source>
            <translation>No se pudo usar la base de datos.</translation>
        </message>
        <message>
            <source>The backup could not be made or restored.</source>
            <translation>No se pudo hacer o restaurar el respaldo.</translation>
        </message>
        <message>
            <source>RBD {value} has no check digit, or it is not separated: write the number, a hyphen and the check digit, like 4478-4.</source>
            <translation>El RBD {value} no tiene dígito verificador, o no está separado: escribe el número, un guion y el dígito verificador, como 4478-4.</translation>
        </message>
        <message>
            <source>'{value}' is not an RBD. Write the number and its check digit, like 4478-4.</source>
            <translation>«{value}» no es un RBD. Escribe el número y su dígito verificador, como 4478-4.</translation>
        </message>
        <message>
            <source>The check digit of RBD {value} does not match (módulo 11 gives {expected}). Check it against the school's records; if it is right, confirm it.</source>
            <translation>El dígito verificador del RBD {value} no coincide (el módulo 11 da {expected}). Revísalo en los documentos de la escuela; si está bien, confírmalo.</translation>
        </message>
        <message>
            <source>'{value}' is not a learning objective code. Use the form MA02 OA 03 (subject, grade, objective).</source>
            <extracomment>The núcleos of the Bases Curriculares de Educación Parvularia (2018), whose objectives of the transition level (NT1 and NT2 share them) are coded `PMNT OA 03`.</extracomment>
            <translation>«{value}» no es un código de objetivo de aprendizaje. Usa la forma MA02 OA 03 (asignatura, curso, objetivo).</translation>
        </message>
        <message>
            <source>'{value}' is not a level. Use NT1, NT2 or 1° to 8° básico.</source>
            <translation>«{value}» no es un nivel. Usa NT1, NT2 o 1° a 8° básico.</translation>
        </message>
        <message>
            <source>'{value}' is not a subject of the curriculum.</source>
            <translation>«{value}» no es una asignatura del currículum.</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>Este campo es obligatorio.</translation>
        </message>
        <message>
            <source>This text is too long: {length} characters, at most {max}.</source>
            <translation>Este texto es demasiado largo: {length} caracteres, máximo {max}.</translation>
        </message>
        <message>
            <source>'{value}' does not look like an e-mail address.</source>
            <translation>«{value}» no parece un correo electrónico.</translation>
        </message>
        <message>
            <source>The file {path} does not exist or cannot be read.</source>
            <translation>El archivo {path} no existe o no se puede leer.</translation>
        </message>
        <message>
            <source>The file {name} is too large ({size_mb} MB); the limit is {max_mb} MB. Reduce photos or cut videos before attaching them.</source>
            <translation>El archivo {name} es demasiado grande ({size_mb} MB); el límite es {max_mb} MB. Achica las fotos o recorta los videos antes de adjuntarlos.</translation>
        </message>
        <message>
            <source>{name} is not a kind of file Minga keeps as evidence. Attach photos (JPG, PNG), PDF, documents, audio or short videos.</source>
            <translation>{name} no es un tipo de archivo que Minga guarde como evidencia. Adjunta fotos (JPG, PNG), PDF, documentos, audio o videos cortos.</translation>
        </message>
        <message>
            <source>The backup could not be written to {path}: {reason}</source>
            <translation>No se pudo guardar el respaldo en {path}: {reason}</translation>
        </message>
        <message>
            <source>{path} is not a Minga backup. Nothing was changed.</source>
            <extracomment>gzip level of the copies: 1 packs a `large` database 3x in about a second and a half; 6 gains another sixth for four times the time.</extracomment>
            <translation>{path} no es un respaldo de Minga. No se cambió nada.</translation>
        </message>
        <message>
            <source>Choose a passphrase of at least {min} characters to protect your keys in the backup. Nothing was written.</source>
            <translation>Elige una frase de paso de al menos {min} caracteres para proteger tus claves en el respaldo. No se escribió nada.</translation>
        </message>
        <message>
            <source>This installation has no keys yet, so there are none to put in the backup. Make the backup without keys. Nothing was written.</source>
            <translation>Esta instalación aún no tiene claves, así que no hay claves que poner en el respaldo. Haz el respaldo sin claves. No se escribió nada.</translation>
        </message>
        <message>
            <source>This backup was made by a newer Minga. Update Minga to restore it; nothing was changed.</source>
            <translation>Este respaldo lo hizo una versión más nueva de Minga. Actualiza Minga para restaurarlo; no se cambió nada.</translation>
        </message>
        <message>
            <source>The backup {path} is damaged (an attachment does not match its hash). Nothing was changed.</source>
            <translation>El respaldo {path} está dañado (un archivo adjunto no coincide con su huella). No se cambió nada.</translation>
        </message>
        <message>
            <source>The backup {path} holds the private keys of its person: type the passphrase chosen when it was made. Nothing was changed.</source>
            <translation>El respaldo {path} contiene las claves privadas de su dueño/a: escribe la frase de paso que se eligió al hacerlo. No se cambió nada.</translation>
        </message>
        <message>
            <source>The passphrase does not open the keys in the backup {path}. Check it (capitals, accents, spaces) and try again. Nothing was changed.</source>
            <translation>La frase de paso no abre las claves del respaldo {path}. Revísala (mayúsculas, tildes, espacios) e inténtalo de nuevo. No se cambió nada.</translation>
        </message>
        <message>
            <source>The backup {path} is damaged: its database does not pass SQLite's checks. Nothing was changed.</source>
            <translation>El respaldo {path} está dañado: su base de datos no pasa las revisiones de SQLite. No se cambió nada.</translation>
        </message>
        <message>
            <source>The backup {path} does not have the structure Minga gives its database (another program changed it). Nothing was changed.</source>
            <translation>El respaldo {path} no tiene la estructura que Minga da a su base de datos (otro programa la cambió). No se cambió nada.</translation>
        </message>
        <message>
            <source>The database {path} is in use by another Minga window or program. Close it and try again.</source>
            <translation>La base de datos {path} está en uso por otra ventana de Minga u otro programa. Ciérralo e inténtalo de nuevo.</translation>
        </message>
        <message>
            <source>The recovery sheet could not be written to {path}: {reason}</source>
            <translation>No se pudo escribir la hoja de recuperación en {path}: {reason}</translation>
        </message>
        <message>
            <source>The duration must be between 1 and {max} minutes.</source>
            <translation>La duración debe estar entre 1 y {max} minutos.</translation>
        </message>
        <message>
            <source>Unknown status '{value}'.</source>
            <translation>Estado desconocido: «{value}».</translation>
        </message>
        <message>
            <source>The practice {id} is not in this notebook.</source>
            <translation>La práctica {id} no está en este cuaderno.</translation>
        </message>
        <message>
            <source>This practice is yours: choose a colleague's practice to apply.</source>
            <translation>Esta práctica es tuya: elige una práctica de un colega para aplicarla.</translation>
        </message>
        <message>
            <source>The session {id} is not in this notebook.</source>
            <translation>La sesión {id} no está en este cuaderno.</translation>
        </message>
        <message>
            <source>You already chose this practice at this session.</source>
            <translation>Ya elegiste esta práctica en esta sesión.</translation>
        </message>
        <message>
            <source>Unknown decision '{value}': use continue, adjust or drop.</source>
            <translation>Decisión desconocida «{value}»: usa continue (continuar), adjust (con ajustes) o drop (dejarla).</translation>
        </message>
        <message>
            <source>The application {id} is not one of this adoption.</source>
            <translation>La aplicación {id} no corresponde a esta elección.</translation>
        </message>
        <message>
            <source>Unknown visibility '{value}'.</source>
            <translation>Visibilidad desconocida: «{value}».</translation>
        </message>
        <message>
            <source>Choose at least one level.</source>
            <translation>Elige al menos un nivel.</translation>
        </message>
        <message>
            <source>The students present per level add up to {sum}, but the application had {total}.</source>
            <translation>Los estudiantes presentes por nivel suman {sum}, pero la aplicación tenía {total}.</translation>
        </message>
        <message>
            <source>'{criterion}' is not a criterion of the rubric.</source>
            <translation>«{criterion}» no es un criterio de la rúbrica.</translation>
        </message>
        <message>
            <source>Rate '{criterion}' with a level from 1 to {max}.</source>
            <translation>Valora «{criterion}» con un nivel de 1 a {max}.</translation>
        </message>
        <message>
            <source>{value} practices is more than the demo makes; choose at most {max}.</source>
            <translation>{value} prácticas es más de lo que genera la demostración; elige como máximo {max}.</translation>
        </message>
        <message>
            <source>'{value}' is not a demo size. Use small, medium, large or a number of practices from 1 to {max}.</source>
            <translation>«{value}» no es un tamaño de demostración. Usa small, medium, large o un número de prácticas entre 1 y {max}.</translation>
        </message>
        <message>
            <source>This data folder already holds your own records; use a separate --data-dir for the demo.</source>
            <translation>Esta carpeta de datos ya tiene tus propios registros; usa otra carpeta con --data-dir para la demostración.</translation>
        </message>
        <message>
            <source>This data folder already holds demo data. To make it again, use an empty folder with --data-dir.</source>
            <translation>Esta carpeta de datos ya tiene datos de demostración. Para generarlos de nuevo, usa una carpeta vacía con --data-dir.</translation>
        </message>
        <message>
            <source>Choose a role: teacher or advisor.</source>
            <translation>Elige un rol: docente o asesor/a.</translation>
        </message>
        <message>
            <source>Write your school's RBD, like 4478-4.</source>
            <translation>Escribe el RBD de tu escuela, como 4478-4.</translation>
        </message>
        <message>
            <source>Minga cannot write in {path}. Check that the folder exists and that you have permission to write in it.</source>
            <translation>Minga no puede escribir en {path}. Revisa que la carpeta exista y que tengas permiso para escribir en ella.</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space and try again.</source>
            <translation>El disco está lleno: no se guardó nada. Libera espacio e inténtalo de nuevo.</translation>
        </message>
        <message>
            <source>The database {path} is damaged. Restore a backup with 'minga restore' or from the Backups screen.</source>
            <translation>La base de datos {path} está dañada. Restaura un respaldo con «minga restore» o desde la pantalla Respaldos.</translation>
        </message>
        <message>
            <source>'{url}' is not a database address Minga can use. Give postgresql+psycopg://user@server/database or sqlite:///path/to/minga.sqlite3.</source>
            <translation>«{url}» no es una dirección de base de datos que Minga pueda usar. Indica postgresql+psycopg://usuario@servidor/base o sqlite:///ruta/a/minga.sqlite3.</translation>
        </message>
        <message>
            <source>Minga cannot reach the database {url}: {reason}. Check that the server is running and that the address, user and password are right.</source>
            <translation>Minga no logra conectarse a la base de datos {url}: {reason}. Revisa que el servidor esté funcionando y que la dirección, el usuario y la contraseña sean correctos.</translation>
        </message>
        <message>
            <source>This Minga cannot use PostgreSQL: its driver is not installed (pip install 'minga[server]').</source>
            <translation>Este Minga no puede usar PostgreSQL: falta instalar su controlador (pip install 'minga[server]').</translation>
        </message>
        <message>
            <source>{path} is not a Minga database. Move it aside or restore a backup.</source>
            <translation>{path} no es una base de datos de Minga. Muévela a otra parte o restaura un respaldo.</translation>
        </message>
        <message>
            <source>This database was written by a newer Minga (schema {revision}). Update Minga to open it; it was not changed.</source>
            <translation>Esta base de datos la escribió una versión más nueva de Minga (esquema {revision}). Actualiza Minga para abrirla; no se modificó.</translation>
        </message>
        <message>
            <source>The data is on the database server {url}: its copies are made there, with pg_dump.</source>
            <translation>Los datos están en el servidor de base de datos {url}: sus copias se hacen allí, con pg_dump.</translation>
        </message>
        <message>
            <source>You did not join: the fingerprint was not confirmed. Nothing was changed.</source>
            <translation>No te uniste: la huella no se confirmó. No se cambió nada.</translation>
        </message>
        <message>
            <source>Compare this fingerprint with the one your advisor reads to you (in person or by phone). If they are the same, import the invitation again with --fingerprint-checked. Nothing was changed.</source>
            <translation>Compara esta huella con la que tu asesor/a te lea (en persona o por teléfono). Si son iguales, vuelve a importar la invitación con --fingerprint-checked. No se cambió nada.</translation>
        </message>
        <message>
            <source>Name one member, or --none (you host the room).</source>
            <translation>Nombra a una integrante, o usa --none (tú misma abres la sala).</translation>
        </message>
        <message>
            <source>The reason is longer than {max} characters.</source>
            <translation>El motivo tiene más de {max} caracteres.</translation>
        </message>
        <message>
            <source>There are no sessions here yet.</source>
            <translation>Todavía no hay sesiones aquí.</translation>
        </message>
        <message>
            <source>'{id}' is given two attendance statuses.</source>
            <translation>«{id}» aparece con dos estados de asistencia.</translation>
        </message>
        <message>
            <source>'{value}' is not a count; write it as question:option:level=number.</source>
            <translation>«{value}» no es un conteo; escríbelo como pregunta:opción:nivel=número.</translation>
        </message>
        <message>
            <source>Say the level in '{value}': this application has several levels.</source>
            <translation>Indica el nivel en «{value}»: esta aplicación tiene varios niveles.</translation>
        </message>
        <message>
            <source>'{value}' is not a rating; write it as criterion=level.</source>
            <translation>«{value}» no es una valoración; escríbela como criterio=nivel.</translation>
        </message>
        <message>
            <source>Only the microcentre's advisor can do this; this installation is {name}'s.</source>
            <translation>Solo el asesor o la asesora del microcentro puede hacer esto; esta instalación es de {name}.</translation>
        </message>
        <message>
            <source>Agenda item {number} has no title.</source>
            <translation>El punto {number} de la tabla no tiene título.</translation>
        </message>
        <message>
            <source>The title of agenda item {number} is too long: at most {max}.</source>
            <translation>El título del punto {number} de la tabla es demasiado largo: como máximo {max} caracteres.</translation>
        </message>
        <message>
            <source>Agenda item {number} ('{title}') needs whole minutes from 1 to {max}.</source>
            <translation>El punto {number} de la tabla («{title}») necesita minutos enteros de 1 a {max}.</translation>
        </message>
        <message>
            <source>The minutes must be a whole number from 1 to {max}.</source>
            <translation>Los minutos deben ser un número entero de 1 a {max}.</translation>
        </message>
        <message>
            <source>The students present must be a whole number from 1 to {max}.</source>
            <translation>Los estudiantes presentes deben ser un número entero de 1 a {max}.</translation>
        </message>
        <message>
            <source>An exit-ticket tally holds counts per question.</source>
            <translation>El conteo de un ticket de salida tiene conteos por pregunta.</translation>
        </message>
        <message>
            <source>'{question}' is not a question of this exit ticket.</source>
            <translation>«{question}» no es una pregunta de este ticket de salida.</translation>
        </message>
        <message>
            <source>The answers to question '{question}' must be counts per option.</source>
            <translation>Las respuestas a la pregunta «{question}» deben ser conteos por opción.</translation>
        </message>
        <message>
            <source>'{option}' is not an option of question '{question}'.</source>
            <translation>«{option}» no es una opción de la pregunta «{question}».</translation>
        </message>
        <message>
            <source>The answers '{option}' to question '{question}' must be counts per level.</source>
            <translation>Las respuestas «{option}» a la pregunta «{question}» deben ser conteos por nivel.</translation>
        </message>
        <message>
            <source>Level {level} is not one of the levels of this application.</source>
            <translation>El nivel {level} no es uno de los niveles de esta aplicación.</translation>
        </message>
        <message>
            <source>Exit tickets hold counts of answers only, never names or text: '{value}' in {question} / {option} / {level} is not a whole number of 0 or more.</source>
            <translation>Los tickets de salida guardan solo conteos de respuestas, nunca nombres ni textos: «{value}» en {question} / {option} / {level} no es un número entero igual o mayor que 0.</translation>
        </message>
        <message>
            <source>Question '{question}' has {count} answers in {level}, but only {present} students of that level were present.</source>
            <translation>La pregunta «{question}» tiene {count} respuestas en {level}, pero solo había {present} estudiantes presentes de ese nivel.</translation>
        </message>
        <message>
            <source>Question '{question}' has {count} answers, but only {present} students were present.</source>
            <translation>La pregunta «{question}» tiene {count} respuestas, pero solo había {present} estudiantes presentes.</translation>
        </message>
        <message>
            <source>The baseline takes from {low} to {high} first points.</source>
            <extracomment>The rules of a run chart (Provost &amp; Murray; the Institute for Healthcare Improvement). A baseline of this many first points by default; a cycle may set 6 to 10. A microcentre meets about ten times a year, so a baseline of six leaves room to see a shift within the year (more points make a steadier median, fewer a noisier one). The trend rule: this many points in a row all going up or all going down. Runs are judged from this many useful points (not on the median) on.</extracomment>
            <translation>La línea base toma de {low} a {high} primeros puntos.</translation>
        </message>
        <message>
            <source>Data point {number} needs a period (up to 40 characters).</source>
            <translation>El dato {number} necesita un período (hasta 40 caracteres).</translation>
        </message>
        <message>
            <source>The period '{period}' appears twice.</source>
            <translation>El período «{period}» aparece dos veces.</translation>
        </message>
        <message>
            <source>The value of period '{period}' is not a number.</source>
            <translation>El valor del período «{period}» no es un número.</translation>
        </message>
        <message>
            <source>Unknown stage '{value}'.</source>
            <translation>Etapa desconocida: «{value}».</translation>
        </message>
        <message>
            <source>A new turn of the cycle starts only after deciding to adapt.</source>
            <translation>Una nueva vuelta del ciclo comienza solo después de decidir adaptar.</translation>
        </message>
        <message>
            <source>The cycle moves one stage at a time: Plan, Do, Study, Adjust.</source>
            <translation>El ciclo avanza una etapa a la vez: Planear, Hacer, Estudiar, Ajustar.</translation>
        </message>
        <message>
            <source>Complete the plan first: aim, change idea, prediction and indicator.</source>
            <translation>Completa primero el plan: objetivo, idea de cambio, predicción e indicador.</translation>
        </message>
        <message>
            <source>Write down what was done before studying it.</source>
            <translation>Anota lo que se hizo antes de estudiarlo.</translation>
        </message>
        <message>
            <source>Enter at least one data point before adjusting.</source>
            <translation>Ingresa al menos un dato antes de ajustar.</translation>
        </message>
        <message>
            <source>'{value}' is not a date; write it as YYYY-MM-DD.</source>
            <translation>«{value}» no es una fecha; escríbela como AAAA-MM-DD.</translation>
        </message>
        <message>
            <source>{value} is not a date from {low} to {high}.</source>
            <translation>{value} no es una fecha entre {low} y {high}.</translation>
        </message>
        <message>
            <source>'{value}' is not a time; write it as HH:MM, like 09:30.</source>
            <translation>«{value}» no es una hora; escríbela como HH:MM, por ejemplo 09:30.</translation>
        </message>
        <message>
            <source>There is no data point for '{period}'.</source>
            <translation>No hay un dato para «{period}».</translation>
        </message>
        <message>
            <source>A change starts after the first point, not at it.</source>
            <translation>Un cambio empieza después del primer punto, no en él.</translation>
        </message>
        <message>
            <source>Unknown decision '{value}': use adopt, adapt or abandon.</source>
            <translation>Decisión desconocida «{value}»: usa adopt (adoptar), adapt (adaptar) o abandon (abandonar).</translation>
        </message>
        <message>
            <source>Move the cycle to the Adjust stage before deciding.</source>
            <translation>Pasa el ciclo a la etapa Ajustar antes de decidir.</translation>
        </message>
        <message>
            <source>The observation this follow-up compares with is not shared with you ({name} decides who reads the notes about her), so the comparison cannot be shown or printed here.</source>
            <translation>La observación con la que se compara este seguimiento no está compartida contigo ({name} decide quién lee las notas sobre ella), así que la comparación no se puede mostrar ni imprimir aquí.</translation>
        </message>
        <message>
            <source>Only the observed teacher, {name}, decides who may read this observation note.</source>
            <translation>Solo la persona observada, {name}, decide quién puede leer esta nota de observación.</translation>
        </message>
        <message>
            <source>Only the observed teacher, {name}, can reply to this observation note.</source>
            <translation>Solo la persona observada, {name}, puede responder a este registro de observación.</translation>
        </message>
        <message>
            <source>Unknown choice of readers '{value}'.</source>
            <translation>No se conoce la opción de lectores «{value}».</translation>
        </message>
        <message>
            <source>An observation note is about a colleague, not about yourself.</source>
            <translation>Un registro de observación es sobre un colega, no sobre ti.</translation>
        </message>
        <message>
            <source>Whether the whole microcentre may read a note is the observed teacher's choice: keep it as a draft or share it with her and the advisor.</source>
            <translation>Si todo el microcentro puede leer una nota lo decide la persona observada: guárdala como borrador o compártela con ella y con el/la asesor/a.</translation>
        </message>
        <message>
            <source>A follow-up follows an earlier note of yours about the same teacher.</source>
            <translation>Un seguimiento sigue a una observación anterior tuya de la misma o el mismo docente.</translation>
        </message>
        <message>
            <source>This note is not a follow-up of another one.</source>
            <translation>Esta observación no es el seguimiento de otra.</translation>
        </message>
        <message>
            <source>'{item}' is not an item of the protocol.</source>
            <translation>«{item}» no es un aspecto de la pauta.</translation>
        </message>
        <message>
            <source>Answer '{item}' with a level from 1 to {max}.</source>
            <translation>Responde «{item}» con un nivel de 1 a {max}.</translation>
        </message>
        <message>
            <source>Unknown modality '{value}': use in_person, blended or remote.</source>
            <translation>Modalidad desconocida «{value}»: usa in_person (presencial), blended (semipresencial) o remote (a distancia).</translation>
        </message>
        <message>
            <source>The session number must be from 1 to {max}.</source>
            <translation>El número de la sesión debe estar entre 1 y {max}.</translation>
        </message>
        <message>
            <source>The minutes are approved at a later session, not before the session itself ({date}).</source>
            <translation>El acta se aprueba en una sesión posterior, no antes de la sesión misma ({date}).</translation>
        </message>
        <message>
            <source>This practice is already on the session's programme.</source>
            <translation>Esta práctica ya está en el programa de la sesión.</translation>
        </message>
        <message>
            <source>The position must be from 1 to {max}.</source>
            <translation>La posición debe estar entre 1 y {max}.</translation>
        </message>
        <message>
            <source>Unknown replicability '{value}': use yes, with_adjustments or no.</source>
            <translation>Replicabilidad desconocida «{value}»: usa yes (sí), with_adjustments (con ajustes) o no.</translation>
        </message>
        <message>
            <source>Survey answers are anonymous: an answer cannot name who gave it.</source>
            <translation>Las respuestas de la encuesta son anónimas: una respuesta no puede nombrar a quien la dio.</translation>
        </message>
        <message>
            <source>A teacher gives one answer, her own.</source>
            <translation>Una docente da una sola respuesta, la suya.</translation>
        </message>
        <message>
            <source>Answer with a level from 1 to 4.</source>
            <translation>Responde con un nivel de 1 a 4.</translation>
        </message>
        <message>
            <source>At most {max} characters.</source>
            <translation>Como máximo {max} caracteres.</translation>
        </message>
        <message>
            <source>You already answered this survey. Your answer left without your name, so it cannot be changed.</source>
            <translation>Ya respondiste esta encuesta. Tu respuesta salió sin tu nombre, por eso no se puede cambiar.</translation>
        </message>
        <message>
            <source>The number of answers must be a whole number from 1 to {max}.</source>
            <translation>El número de respuestas debe ser un número entero de 1 a {max}.</translation>
        </message>
        <message>
            <source>Unknown attendance '{value}': use present, absent or excused.</source>
            <translation>Asistencia desconocida «{value}»: usa present (presente), absent (ausente) o excused (justificada).</translation>
        </message>
        <message>
            <source>The document could not be written.</source>
            <translation>No se pudo escribir el documento.</translation>
        </message>
        <message>
            <source>{path} is a folder; give the name of the PDF file to write.</source>
            <translation>{path} es una carpeta; indica el nombre del archivo PDF que se escribirá.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>La carpeta {folder} no existe.</translation>
        </message>
        <message>
            <source>Minga cannot write in the folder {folder}.</source>
            <translation>Minga no puede escribir en la carpeta {folder}.</translation>
        </message>
        <message>
            <source>{path} could not be written: {reason}</source>
            <translation>No se pudo escribir {path}: {reason}</translation>
        </message>
        <message>
            <source>{path} could not be replaced: is it open in another program? Close it and try again, or choose another name.</source>
            <translation>No se pudo reemplazar {path}: ¿está abierto en otro programa? Ciérralo e inténtalo de nuevo, o elige otro nombre.</translation>
        </message>
        <message>
            <source>'{id}' is not a member of the microcentre.</source>
            <translation>«{id}» no es integrante del microcentro.</translation>
        </message>
        <message>
            <source>'{value}' is not an agenda item; write it as Title:minutes.</source>
            <translation>«{value}» no es un punto de la tabla; escríbelo como Título:minutos.</translation>
        </message>
        <message>
            <source>The template {id} is not in this notebook.</source>
            <extracomment>Where each kind keeps its entries in the body. Kinds with one template only, the shipped default: it is edited, never added to. The owner of the shipped defaults: not a person, the same everywhere. The lowest version a record can have: any edit anywhere sorts after it. Templates shipped beside the defaults, offered to choose from: the same id and owner everywhere as the defaults (so the advisor may edit them), but never used unless chosen. (kind, key) -&gt; file in resources/templates.</extracomment>
            <translation>La plantilla {id} no está en este cuaderno.</translation>
        </message>
        <message>
            <source>The template '{name}' is not of the right kind.</source>
            <translation>La plantilla «{name}» no es del tipo que corresponde.</translation>
        </message>
        <message>
            <source>Entry {number} of {what} is not well formed.</source>
            <translation>La entrada {number} de {what} no está bien formada.</translation>
        </message>
        <message>
            <source>Entry {number} of {what} needs an id of up to 40 letters, digits, - or _.</source>
            <translation>La entrada {number} de {what} necesita un id de hasta 40 letras, dígitos, - o _.</translation>
        </message>
        <message>
            <source>The id '{id}' appears twice in {what}.</source>
            <translation>El id «{id}» aparece dos veces en {what}.</translation>
        </message>
        <message>
            <source>'{id}' needs a text of 1 to {max} characters.</source>
            <translation>«{id}» necesita un texto de 1 a {max} caracteres.</translation>
        </message>
        <message>
            <source>'{id}' has the domain '{value}'; use A, B, C or D (MBE 2021).</source>
            <translation>«{id}» tiene el dominio «{value}»; usa A, B, C o D (MBE 2021).</translation>
        </message>
        <message>
            <source>'{id}' needs at least two levels or options.</source>
            <translation>«{id}» necesita al menos dos niveles u opciones.</translation>
        </message>
        <message>
            <source>Every level of '{id}' needs a text.</source>
            <translation>Cada nivel de «{id}» necesita un texto.</translation>
        </message>
        <message>
            <source>The content of a template is not valid.</source>
            <translation>El contenido de la plantilla no es válido.</translation>
        </message>
        <message>
            <source>A template needs at least one question or criterion.</source>
            <translation>Una plantilla necesita al menos una pregunta o un criterio.</translation>
        </message>
        <message>
            <source>The survey's scale has {count} levels, from 1 to {count}.</source>
            <translation>La escala de la encuesta tiene {count} niveles, del 1 al {count}.</translation>
        </message>
        <message>
            <source>The template is too long: at most {max} characters.</source>
            <translation>La plantilla es demasiado larga: como máximo {max} caracteres.</translation>
        </message>
        <message>
            <source>The survey keeps its {count} statements with their ids ({ids}): answers refer to them. Change their wording, not the statements themselves.</source>
            <translation>La encuesta mantiene sus {count} afirmaciones con sus identificadores ({ids}): las respuestas se refieren a ellas. Cambia su redacción, no las afirmaciones mismas.</translation>
        </message>
        <message>
            <source>Unknown template kind '{value}'.</source>
            <translation>Tipo de plantilla desconocido: «{value}».</translation>
        </message>
        <message>
            <source>The tag '{value}' is too long: at most {max}.</source>
            <translation>La etiqueta «{value}» es demasiado larga: como máximo {max} caracteres.</translation>
        </message>
        <message>
            <source>At most {max} tags.</source>
            <translation>Como máximo {max} etiquetas.</translation>
        </message>
        <message>
            <source>The network has one satisfaction survey: change the wording of Minga's instead of adding or deleting one.</source>
            <translation>La red tiene una sola encuesta de satisfacción: cambia la redacción de la de Minga en vez de agregar o eliminar una.</translation>
        </message>
        <message>
            <source>The bundle could not be used; nothing was changed.</source>
            <translation>No se pudo usar el paquete; no se cambió nada.</translation>
        </message>
        <message>
            <source>{name} is not a Minga bundle or invitation. Nothing was changed.</source>
            <translation>{name} no es un paquete ni una invitación de Minga. No se cambió nada.</translation>
        </message>
        <message>
            <source>{name} does not exist or cannot be read: {reason}. Nothing was changed.</source>
            <translation>{name} no existe o no se puede leer: {reason}. No se cambió nada.</translation>
        </message>
        <message>
            <source>{name} was made by a newer Minga (bundle format {version}). Update Minga to import it; nothing was changed.</source>
            <translation>{name} se hizo con una versión más nueva de Minga (formato de paquete {version}). Actualiza Minga para importarlo; no se cambió nada.</translation>
        </message>
        <message>
            <source>{name}: this bundle requires Minga {required} or later (bundle format {version}). Update Minga to import it; nothing was changed.</source>
            <translation>{name}: este paquete requiere Minga {required} o posterior (formato {version}). Actualiza Minga para importarlo; no se cambió nada.</translation>
        </message>
        <message>
            <source>There is no Minga installer (.exe or .deb) in {path}. Nothing was written.</source>
            <translation>No hay un instalador de Minga (.exe o .deb) en {path}. No se escribió nada.</translation>
        </message>
        <message>
            <source>{name} was made by a newer Minga (data version {schema}). Update Minga to import it; nothing was changed.</source>
            <translation>{name} se hizo con una versión más nueva de Minga (versión de datos {schema}). Actualiza Minga para importarlo; no se cambió nada.</translation>
        </message>
        <message>
            <source>Part {part} of {name} is missing. Put every part in the same folder and try again; nothing was changed.</source>
            <translation>Falta la parte {part} de {name}. Deja todas las partes en la misma carpeta e inténtalo de nuevo; no se cambió nada.</translation>
        </message>
        <message>
            <source>{name} is not addressed to you: it was encrypted for other people's keys. Ask the sender to export a bundle for you; nothing was changed.</source>
            <translation>{name} no está dirigido a ti: se cifró para las claves de otras personas. Pide a quien lo envió que exporte un paquete para ti; no se cambió nada.</translation>
        </message>
        <message>
            <source>{name} is damaged or incomplete (was the copy interrupted? are all its parts here?). Copy it again; nothing was changed.</source>
            <translation>{name} está dañado o incompleto (¿se interrumpió la copia? ¿están todas sus partes?). Cópialo de nuevo; no se cambió nada.</translation>
        </message>
        <message>
            <source>{name} was altered after it was signed, or its signature is not valid. It was not imported; nothing was changed.</source>
            <translation>{name} fue alterado después de firmarse, o su firma no es válida. No se importó; no se cambió nada.</translation>
        </message>
        <message>
            <source>{name} does not follow the bundle format ({detail}). It was not imported; nothing was changed.</source>
            <translation>{name} no sigue el formato de los paquetes ({detail}). No se importó; no se cambió nada.</translation>
        </message>
        <message>
            <source>{name} contains records that belong to someone other than its sender {sender}. It was not imported; nothing was changed.</source>
            <translation>{name} contiene registros que no pertenecen a quien lo envía, {sender}. No se importó; no se cambió nada.</translation>
        </message>
        <message>
            <source>{name} contains records its author kept private or for the advisor only. It was not imported; nothing was changed.</source>
            <translation>{name} contiene registros que su autor reservó para sí o solo para el asesor o asesora. No se importó; no se cambió nada.</translation>
        </message>
        <message>
            <source>{name} contains a record of kind '{kind}' that may not be accepted: {reason} It was not imported; nothing was changed.</source>
            <translation>{name} contiene un registro de tipo «{kind}» que no se puede aceptar: {reason} No se importó; no se cambió nada.</translation>
        </message>
        <message>
            <source>{name} comes from {sender}, who is not a member of your microcentre yet. Their key fingerprint is {fingerprint}: confirm it with them (in person or by phone) before accepting them. Nothing was changed.</source>
            <translation>{name} viene de {sender}, que todavía no es integrante de tu microcentro. La huella de su clave es {fingerprint}: confírmala con esa persona (en persona o por teléfono) antes de aceptarla. No se cambió nada.</translation>
        </message>
        <message>
            <source>{name} says it comes from {sender}, who is already a member, but it is signed with another key (fingerprint {fingerprint}). It was not imported: a member's key is never replaced by accepting new members. If {sender} really changed computers or keys, only the advisor can admit them again with their new key. Nothing was changed.</source>
            <translation>{name} dice venir de {sender}, que ya es integrante, pero está firmado con otra clave (huella {fingerprint}). No se importó: la clave de un integrante nunca se reemplaza al aceptar integrantes nuevos. Si {sender} de verdad cambió de computador o de claves, solo el/la asesor/a puede volver a admitirle con su clave nueva. No se cambió nada.</translation>
        </message>
        <message>
            <source>{name} comes from {sender}, who was removed from the microcentre. It was not imported; nothing was changed.</source>
            <translation>{name} viene de {sender}, que ya no es integrante del microcentro. No se importó; no se cambió nada.</translation>
        </message>
        <message>
            <source>{name} comes from {sender}, whom you invited back, with new keys (fingerprint {fingerprint}). Compare it with the fingerprint {sender} reads to you (in person or by phone) before accepting: her old keys will be revoked. Nothing was changed.</source>
            <translation>{name} viene de {sender}, a quien invitaste a volver, con claves nuevas (huella {fingerprint}). Compárala con la huella que {sender} te lea (en persona o por teléfono) antes de aceptar: sus claves viejas quedarán revocadas. No se cambió nada.</translation>
        </message>
        <message>
            <source>{name} is signed with old keys of {sender} (fingerprint {fingerprint}), revoked when {sender} came back with a new computer. It was not imported: ask {sender} for a bundle made on her new computer. Nothing was changed.</source>
            <translation>{name} está firmado con claves viejas de {sender} (huella {fingerprint}), revocadas cuando {sender} volvió con un computador nuevo. No se importó: pídele a {sender} un paquete hecho en su computador nuevo. No se cambió nada.</translation>
        </message>
        <message>
            <source>{name} is signed by {sender} (fingerprint {fingerprint}), who is neither your advisor nor a member your advisor vouched for. It was not imported; nothing was changed.</source>
            <translation>{name} está firmado por {sender} (huella {fingerprint}), que no es tu asesor/a ni un integrante avalado por tu asesor/a. No se importó; no se cambió nada.</translation>
        </message>
        <message>
            <source>You have not joined a microcentre yet: import the invitation file your advisor gave you first.</source>
            <translation>Todavía no te has unido a un microcentro: primero importa el archivo de invitación que te dio tu asesor/a.</translation>
        </message>
        <message>
            <source>{name} was made on this computer. Import it on the computer of the person it is for; nothing was changed.</source>
            <translation>{name} se hizo en este computador. Impórtalo en el computador de la persona a quien va dirigido; no se cambió nada.</translation>
        </message>
        <message>
            <source>The invitation could not be used.</source>
            <translation>No se pudo usar la invitación.</translation>
        </message>
        <message>
            <source>Only the advisor can do this; this installation belongs to a teacher.</source>
            <translation>Solo el asesor o asesora puede hacer esto; esta instalación es de un docente.</translation>
        </message>
        <message>
            <source>This installation has no microcentre yet. Set it up with 'minga init --role advisor --microcentre NAME'.</source>
            <translation>Esta instalación aún no tiene microcentro. Configúralo con «minga init --role advisor --microcentre NOMBRE».</translation>
        </message>
        <message>
            <source>Invitations are for teachers; this installation belongs to an advisor. Nothing was changed.</source>
            <translation>Las invitaciones son para docentes; esta instalación es de un asesor o asesora. No se cambió nada.</translation>
        </message>
        <message>
            <source>This invitation lets {person} come back with a new computer, but this Minga already belongs to {current}. Import it in a new installation (before setting it up). Nothing was changed.</source>
            <translation>Esta invitación permite que {person} vuelva con un computador nuevo, pero este Minga ya pertenece a {current}. Impórtala en una instalación nueva (antes de configurarla). No se cambió nada.</translation>
        </message>
        <message>
            <source>{person} cannot be invited back: only an active teacher of the microcentre can (not the advisor, not a removed member). Nothing was written.</source>
            <translation>No se puede invitar a volver a {person}: solo a una docente activa del microcentro (no al asesor/a, no a alguien retirado/a). No se escribió nada.</translation>
        </message>
        <message>
            <source>This invitation is for {microcentre}, but you already belong to another microcentre with another advisor. Nothing was changed.</source>
            <translation>Esta invitación es para {microcentre}, pero ya perteneces a otro microcentro, con otro asesor/a. No se cambió nada.</translation>
        </message>
        <message>
            <source>This invitation is signed with a key (fingerprint {fingerprint}) that is not the one of the advisor you already trust. Ask your advisor; nothing was changed.</source>
            <translation>Esta invitación está firmada con una clave (huella {fingerprint}) que no es la del asesor/a en quien ya confías. Consulta a tu asesor/a; no se cambió nada.</translation>
        </message>
        <message>
            <source>The bundle could not be written.</source>
            <translation>No se pudo escribir el paquete.</translation>
        </message>
        <message>
            <source>Nobody can receive this bundle yet: no member has sent you a bundle with their keys.</source>
            <translation>Nadie puede recibir este paquete todavía: ningún integrante te ha enviado un paquete con sus claves.</translation>
        </message>
        <message>
            <source>{person} is not a member you can send bundles to (unknown, removed, or their keys have not arrived yet).</source>
            <translation>{person} no es un integrante al que puedas enviar paquetes (no se conoce, ya no es integrante o sus claves aún no llegan).</translation>
        </message>
        <message>
            <source>The bundle could not be written to {path}: {reason}</source>
            <translation>No se pudo escribir el paquete en {path}: {reason}</translation>
        </message>
        <message>
            <source>The keys of this installation could not be used.</source>
            <translation>No se pudieron usar las claves de esta instalación.</translation>
        </message>
        <message>
            <source>There is no system keyring on this computer, so Minga keeps its private keys in {path}, protected by a passphrase. Set the environment variable MINGA_KEY_PASSPHRASE or run Minga in a terminal to type it.</source>
            <translation>Este computador no tiene un llavero del sistema, así que Minga guarda sus claves privadas en {path}, protegidas con una frase de paso. Define la variable de entorno MINGA_KEY_PASSPHRASE o ejecuta Minga en una terminal para escribirla.</translation>
        </message>
        <message>
            <source>The passphrase does not open the key file {path}. Nothing was changed.</source>
            <translation>La frase de paso no abre el archivo de claves {path}. No se cambió nada.</translation>
        </message>
        <message>
            <source>The key file {path} is damaged. Restore a backup made with your keys, or ask your advisor to invite you back (Integrantes, 'Volver a incorporar') and import that invitation here.</source>
            <translation>El archivo de claves {path} está dañado. Restaura un respaldo hecho con tus claves, o pídele a tu asesor/a que te vuelva a incorporar (Integrantes, «Volver a incorporar») e importa aquí esa invitación.</translation>
        </message>
        <message>
            <source>The private keys of this installation are not on this computer ({place}). If you moved to a new computer, restore the backup made with your keys ('minga backup --with-keys'); without one, ask your advisor to invite you back (Integrantes, 'Volver a incorporar') and import that invitation here.</source>
            <translation>Las claves privadas de esta instalación no están en este computador ({place}). Si te cambiaste a un computador nuevo, restaura el respaldo hecho con tus claves («minga backup --with-keys»); si no lo tienes, pídele a tu asesor/a que te vuelva a incorporar (Integrantes, «Volver a incorporar») e importa aquí esa invitación.</translation>
        </message>
        <message>
            <source>Your network already knows the keys of this installation: with new ones, your bundles would be refused. If you lost your keys, restore a backup made with them, or ask your advisor to invite you back (Integrantes, 'Volver a incorporar'). Nothing was changed.</source>
            <translation>Tu red ya conoce las claves de esta instalación: con claves nuevas, tus paquetes serían rechazados. Si perdiste tus claves, restaura un respaldo hecho con ellas, o pídele a tu asesor/a que te vuelva a incorporar (Integrantes, «Volver a incorporar»). No se cambió nada.</translation>
        </message>
        <message>
            <source>This installation has no keys yet, so no bundle can have been made for it. Import your advisor's invitation first; nothing was changed.</source>
            <translation>Esta instalación aún no tiene claves, así que ningún paquete puede haberse hecho para ella. Primero importa la invitación de tu asesor/a; no se cambió nada.</translation>
        </message>
        <message>
            <source>The private keys could not be saved in {place}: {reason}</source>
            <translation>No se pudieron guardar las claves privadas en {place}: {reason}</translation>
        </message>
        <message>
            <source>Unknown paper size '{value}': use carta, oficio or a4.</source>
            <extracomment>Paper sizes in points (width, height), portrait.</extracomment>
            <translation>Tamaño de papel desconocido «{value}»: usa carta, oficio o a4.</translation>
        </message>
        <message>
            <source>The e-mail could not be sent or read.</source>
            <translation>No se pudo enviar ni leer el correo.</translation>
        </message>
        <message>
            <source>E-mail is not set up yet. Set it up in Sync › E-mail › Set up e-mail, or with 'minga mail setup'.</source>
            <translation>El correo aún no está configurado. Configúralo en Sincronizar › Correo › Configurar correo, o con «minga mail setup».</translation>
        </message>
        <message>
            <source>No incoming mail server (IMAP) is set up, so Minga cannot check the inbox. Add it in the e-mail settings, or with 'minga mail setup --imap-host HOST'.</source>
            <translation>No hay servidor de correo entrante (IMAP) configurado, así que Minga no puede revisar el buzón. Agrégalo en la configuración del correo, o con «minga mail setup --imap-host SERVIDOR».</translation>
        </message>
        <message>
            <source>The e-mail setting {field} is not valid: {value}.</source>
            <translation>El ajuste de correo {field} no es válido: {value}.</translation>
        </message>
        <message>
            <source>Minga needs your e-mail address to send from: fill in the From address (or use your address as the user name).</source>
            <translation>Minga necesita tu dirección de correo para enviar: completa la dirección del remitente (o usa tu dirección como nombre de usuario).</translation>
        </message>
        <message>
            <source>{server} is not on this computer: Minga only talks to it encrypted (SSL/TLS or STARTTLS), so that nobody on the way can read the password.</source>
            <translation>{server} no está en este computador: Minga solo se comunica con él de forma cifrada (SSL/TLS o STARTTLS), para que nadie en el camino pueda leer la contraseña.</translation>
        </message>
        <message>
            <source>The certificate file {path} cannot be used: {reason}.</source>
            <translation>No se puede usar el archivo de certificado {path}: {reason}.</translation>
        </message>
        <message>
            <source>There is no password saved for {user} at {server}. Type it in the e-mail settings, or run 'minga mail setup' again.</source>
            <translation>No hay contraseña guardada para {user} en {server}. Escríbela en la configuración del correo, o vuelve a ejecutar «minga mail setup».</translation>
        </message>
        <message>
            <source>The e-mail password could not be saved in {place}: {reason}.</source>
            <translation>No se pudo guardar la contraseña del correo en {place}: {reason}.</translation>
        </message>
        <message>
            <source>Minga has no e-mail address for {person}. Add the advisor's address in the e-mail settings, or ask the person to add theirs to their profile.</source>
            <translation>Minga no tiene dirección de correo para {person}. Agrega la dirección de la asesoría en la configuración del correo, o pídele a esa persona que agregue la suya a su perfil.</translation>
        </message>
        <message>
            <source>None of the members has an e-mail address yet, so nothing was queued. Give the bundle to them on a USB stick instead.</source>
            <translation>Ningún integrante tiene dirección de correo todavía, así que no se dejó nada en la bandeja de salida. Entrégales el paquete en un pendrive.</translation>
        </message>
        <message>
            <source>The bundle could not be put in the outbox {path}: {reason}.</source>
            <translation>No se pudo dejar el paquete en la bandeja de salida {path}: {reason}.</translation>
        </message>
        <message>
            <source>Could not reach {server} (port {port}): {reason}. Check the connection; what is queued stays in the outbox and Minga tries again later.</source>
            <translation>No se pudo conectar con {server} (puerto {port}): {reason}. Revisa la conexión; lo que espera queda en la bandeja de salida y Minga volverá a intentarlo más tarde.</translation>
        </message>
        <message>
            <source>The connection to {server} was cut before the server confirmed the message. It stays in the outbox and Minga tries again later.</source>
            <translation>La conexión con {server} se cortó antes de que el servidor confirmara el mensaje. Queda en la bandeja de salida y Minga volverá a intentarlo más tarde.</translation>
        </message>
        <message>
            <source>The identity of {server} could not be verified ({reason}), so Minga did not send the password. Check the server name and port; if your school uses its own mail server, ask for its certificate.</source>
            <translation>No se pudo verificar la identidad de {server} ({reason}), así que Minga no envió la contraseña. Revisa el nombre del servidor y el puerto; si tu escuela usa su propio servidor de correo, pide su certificado.</translation>
        </message>
        <message>
            <source>{server} does not offer encryption (STARTTLS) on port {port}, so Minga did not send the password. Choose SSL/TLS (usually port 465 or 993) or check the port.</source>
            <translation>{server} no ofrece cifrado (STARTTLS) en el puerto {port}, así que Minga no envió la contraseña. Elige SSL/TLS (normalmente el puerto 465 o 993) o revisa el puerto.</translation>
        </message>
        <message>
            <source>The encrypted connection to {server} (port {port}) failed: {reason}. Check that the security setting matches the port (SSL/TLS: 465 or 993; STARTTLS: 587 or 143).</source>
            <translation>Falló la conexión cifrada con {server} (puerto {port}): {reason}. Revisa que la seguridad corresponda al puerto (SSL/TLS: 465 o 993; STARTTLS: 587 o 143).</translation>
        </message>
        <message>
            <source>The server rejected the user name or the password ({user} at {server}). Check them in the e-mail settings; Gmail and Outlook need an app password. What is queued stays in the outbox.</source>
            <translation>El servidor rechazó el usuario o la contraseña ({user} en {server}). Revísalos en la configuración del correo; Gmail y Outlook necesitan una contraseña de aplicación. Lo que espera queda en la bandeja de salida.</translation>
        </message>
        <message>
            <source>{server} does not accept a user name and password on this connection. Check the port and the security setting.</source>
            <translation>{server} no acepta usuario y contraseña en esta conexión. Revisa el puerto y la seguridad.</translation>
        </message>
        <message>
            <source>{server} refused the message to {address}: {reply}. It stays in the outbox; if the message is too big, choose smaller parts in the e-mail settings.</source>
            <translation>{server} rechazó el mensaje para {address}: {reply}. Queda en la bandeja de salida; si el mensaje es demasiado grande, elige partes más pequeñas en la configuración del correo.</translation>
        </message>
        <message>
            <source>{server} answered with an error: {reply}. Minga tries again later.</source>
            <translation>{server} respondió con un error: {reply}. Minga volverá a intentarlo más tarde.</translation>
        </message>
        <message>
            <source>The mailbox {folder} at {server} could not be read: {reply}.</source>
            <translation>No se pudo leer la carpeta {folder} en {server}: {reply}.</translation>
        </message>
        <message>
            <source>{name} is an invitation to a microcentre. Minga never joins one on its own: open it yourself (Import) if you expected it.</source>
            <translation>{name} es una invitación a un microcentro. Minga nunca se une a uno por su cuenta: ábrela tú (Importar) si la esperabas.</translation>
        </message>
        <message>
            <source>{name}: waiting for the other parts ({have} of {parts} arrived).</source>
            <translation>{name}: esperando las demás partes (llegaron {have} de {parts}).</translation>
        </message>
        <message>
            <source>The school year {year} must start and end in {year}.</source>
            <translation>El año escolar {year} debe empezar y terminar en {year}.</translation>
        </message>
        <message>
            <source>The school year must end after it starts.</source>
            <translation>El año escolar debe terminar después de empezar.</translation>
        </message>
        <message>
            <source>The break {value} ends before it starts.</source>
            <translation>El receso {value} termina antes de empezar.</translation>
        </message>
        <message>
            <source>At most {max} breaks.</source>
            <translation>Como máximo {max} recesos.</translation>
        </message>
        <message>
            <source>The meeting day is not a day of the month.</source>
            <translation>El día de reunión no es un día del mes.</translation>
        </message>
        <message>
            <source>'{value}' is not a break; write it as YYYY-MM-DD..YYYY-MM-DD.</source>
            <translation>«{value}» no es un receso; escríbelo como AAAA-MM-DD..AAAA-MM-DD.</translation>
        </message>
        <message>
            <source>The curriculum catalogue does not have {codes}. Check the codes; if they are right, confirm them.</source>
            <translation>El catálogo curricular no tiene {codes}. Revisa los códigos; si están bien, confírmalos.</translation>
        </message>
        <message>
            <source>The year must be from {min} to {max}.</source>
            <translation>El año debe estar entre {min} y {max}.</translation>
        </message>
        <message>
            <source>The goal must be a number of practices from 0 to {max}.</source>
            <translation>La meta debe ser un número de prácticas entre 0 y {max}.</translation>
        </message>
        <message>
            <source>Only an active member of the microcentre can host the meeting's room.</source>
            <translation>Solo una integrante activa del microcentro puede ser anfitriona de la sala de la reunión.</translation>
        </message>
        <message>
            <source>Say why {name} leaves the microcentre (a reason is required).</source>
            <translation>Indica por qué {name} deja el microcentro (el motivo es obligatorio).</translation>
        </message>
        <message>
            <source>The passphrase file {path} cannot be read. Nothing was changed.</source>
            <translation>No se puede leer el archivo de la frase de paso {path}. No se cambió nada.</translation>
        </message>
        <message>
            <source>A passphrase is needed: run this in a terminal to type it, or give --passphrase-file. Nothing was changed.</source>
            <translation>Se necesita una frase de paso: ejecuta esto en una terminal para escribirla, o usa --passphrase-file. No se cambió nada.</translation>
        </message>
        <message>
            <source>The data is on the database server {url}: restore its copy there, with pg_restore. Nothing was changed.</source>
            <translation>Los datos están en el servidor de base de datos {url}: restaura allí su copia, con pg_restore. No se cambió nada.</translation>
        </message>
        <message>
            <source>The data of this person were already erased.</source>
            <translation>Los datos de esta persona ya fueron borrados.</translation>
        </message>
        <message>
            <source>Nothing was erased: confirm by running the command again with --yes.</source>
            <translation>No se borró nada: para confirmar, ejecuta el comando otra vez con --yes.</translation>
        </message>
        <message>
            <source>Nothing was erased.</source>
            <translation>No se borró nada.</translation>
        </message>
        <message>
            <source>Only {name} herself or the microcentre's advisor may ask for {name}'s data. Nothing was written.</source>
            <translation>Solo {name} o la asesora del microcentro pueden pedir los datos de {name}. No se escribió nada.</translation>
        </message>
        <message>
            <source>Only {name} herself, or the advisor at her request, may erase {name}'s data. Nothing was changed.</source>
            <translation>Solo {name}, o la asesora a su pedido, pueden borrar los datos de {name}. No se cambió nada.</translation>
        </message>
        <message>
            <source>Nobody called '{ref}' is known on this computer (give the full name or the id).</source>
            <translation>En este computador no hay nadie llamado «{ref}» (escribe el nombre completo o el id).</translation>
        </message>
        <message>
            <source>More than one person is called '{ref}': give the person's id instead.</source>
            <translation>Hay más de una persona llamada «{ref}»: escribe su id.</translation>
        </message>
        <message>
            <source>{name} cannot be removed from the microcentre here: only the advisor removes members, and {name} is not a current member. Nothing was erased.</source>
            <translation>No se puede retirar a {name} del microcentro aquí: solo la asesora retira integrantes, y {name} no es integrante en este momento. No se borró nada.</translation>
        </message>
        <message>
            <source>The file {path} could not be written: {reason}. Nothing was written.</source>
            <translation>No se pudo escribir el archivo {path}: {reason}. No se escribió nada.</translation>
        </message>
        <message>
            <source>{file} is not an invitation to come back. Ask your advisor for one (Integrantes, 'Volver a incorporar'), or fill in the form.</source>
            <extracomment>Languages offered, each named in its own language (never translated). `exec()` result when the person chose to explore with demo data.</extracomment>
            <translation>{file} no es una invitación para volver. Pídele una a tu asesor/a (Integrantes, «Volver a incorporar»), o completa el formulario.</translation>
        </message>
        <message>
            <source>Write each level of achievement as Name=number.</source>
            <translation>Escribe cada nivel de logro como Nombre=número.</translation>
        </message>
        <message>
            <source>Write the month as 2026-03.</source>
            <translation>Escribe el mes como 2026-03.</translation>
        </message>
        <message>
            <source>The measure is attendance or diagnostic.</source>
            <translation>La medida es asistencia o diagnóstico.</translation>
        </message>
        <message>
            <source>Attendance is a percentage from 0 to 100.</source>
            <translation>La asistencia es un porcentaje de 0 a 100.</translation>
        </message>
        <message>
            <source>The number of students must be from 1 to {max}.</source>
            <translation>El número de estudiantes debe ser de 1 a {max}.</translation>
        </message>
        <message>
            <source>Name the diagnostic (at most 200 characters).</source>
            <translation>Escribe el nombre del diagnóstico (como máximo 200 caracteres).</translation>
        </message>
        <message>
            <source>Each level of achievement needs a name and a number of students from 0 to {max}.</source>
            <translation>Cada nivel de logro necesita un nombre y un número de estudiantes de 0 a {max}.</translation>
        </message>
        <message>
            <source>Give from 1 to {max} levels of achievement with their students.</source>
            <translation>Indica de 1 a {max} niveles de logro con sus estudiantes.</translation>
        </message>
        <message>
            <source>A diagnostic counts at least one student.</source>
            <translation>Un diagnóstico cuenta al menos un estudiante.</translation>
        </message>
        <message>
            <source>No school here has the id, RBD or name '{school}'.</source>
            <translation>Ninguna escuela registrada aquí tiene el id, RBD o nombre «{school}».</translation>
        </message>
        <message>
            <source>The port must be 1-65535.</source>
            <translation>El puerto debe estar entre 1 y 65535.</translation>
        </message>
        <message>
            <source>The meeting connection failed.</source>
            <translation>La conexión de la reunión falló.</translation>
        </message>
        <message>
            <source>The other computer sent something Minga does not understand: {reason}.</source>
            <translation>El otro computador envió algo que Minga no entiende: {reason}.</translation>
        </message>
        <message>
            <source>The other computer stopped answering (more than {seconds} seconds).</source>
            <translation>El otro computador dejó de responder (más de {seconds} segundos).</translation>
        </message>
        <message>
            <source>The connection was lost. Connect again: the transfer resumes where it stopped.</source>
            <translation>Se cortó la conexión. Vuelve a conectarte: la transferencia sigue donde quedó.</translation>
        </message>
        <message>
            <source>Could not connect to {address}: {reason}. Check that the advisor's Minga is receiving bundles, that both computers are on the same network, and the address.</source>
            <translation>No se pudo conectar con {address}: {reason}. Revisa que el Minga de la asesora esté recibiendo paquetes, que ambos computadores estén en la misma red, y la dirección.</translation>
        </message>
        <message>
            <source>{address} is not an address: write it as shown on the host's screen, for example 192.168.1.20:47400.</source>
            <translation>{address} no es una dirección: escríbela como aparece en la pantalla de la anfitriona, por ejemplo 192.168.1.20:47400.</translation>
        </message>
        <message>
            <source>The host refused the connection.</source>
            <translation>La anfitriona rechazó la conexión.</translation>
        </message>
        <message>
            <source>The host does not know this computer as a member of the microcentre (or its keys changed). Ask your advisor; nothing was sent.</source>
            <translation>La anfitriona no reconoce este computador como integrante del microcentro (o sus claves cambiaron). Consulta a tu asesora; no se envió nada.</translation>
        </message>
        <message>
            <source>The session code is not the one on the advisor's screen. Check it and connect again; nothing was sent.</source>
            <translation>El código de la sesión no es el de la pantalla de la asesora. Revísalo y vuelve a conectarte; no se envió nada.</translation>
        </message>
        <message>
            <source>The advisor's Minga did not accept your bundle: {reason}</source>
            <translation>El Minga de la asesora no aceptó tu paquete: {reason}</translation>
        </message>
        <message>
            <source>The computer at {address} is not your advisor's (fingerprint {fingerprint}). Nothing was sent.</source>
            <translation>El computador en {address} no es el de tu asesora (huella {fingerprint}). No se envió nada.</translation>
        </message>
        <message>
            <source>This computer has not joined a microcentre yet: import your advisor's invitation first.</source>
            <translation>Este computador todavía no se une a un microcentro: primero importa la invitación de tu asesora.</translation>
        </message>
        <message>
            <source>Only the advisor's Minga, or the one of the member she named host of the room, can receive the bundles of the meeting.</source>
            <translation>Solo el Minga de la asesora, o el de la integrante que ella nombró anfitriona de la sala, puede recibir los paquetes de la reunión.</translation>
        </message>
        <message>
            <source>What arrived is not a Minga bundle; nothing was kept for the advisor.</source>
            <translation>Lo que llegó no es un paquete de Minga; no se guardó nada para la asesora.</translation>
        </message>
        <message>
            <source>The advisor's bundles for the room were not loaded ({reason}); nothing changed. Ask your advisor to prepare the room again.</source>
            <translation>No se cargaron los paquetes de la asesora para la sala ({reason}); nada cambió. Pide a tu asesora que prepare la sala de nuevo.</translation>
        </message>
        <message>
            <source>No member is named host of the room: name one in Members (minga member host), or give the address of the room with --address.</source>
            <translation>Ninguna integrante es anfitriona de la sala: nombra a una en Integrantes (minga member host), o da la dirección de la sala con --address.</translation>
        </message>
        <message>
            <source>No Minga of your microcentre was found on this network in {seconds} seconds. The network may block discovery (many hotspots do): type the address and code shown on the advisor's screen with --address and --code.</source>
            <translation>No se encontró ningún Minga de tu microcentro en esta red en {seconds} segundos. Puede que la red bloquee la búsqueda (muchos puntos de acceso lo hacen): escribe la dirección y el código que muestra la pantalla de la asesora con --address y --code.</translation>
        </message>
        <message>
            <source>Discovery on the local network is not available on this computer. Type the address and code shown on the advisor's screen with --address and --code.</source>
            <translation>La búsqueda en la red local no está disponible en este computador. Escribe la dirección y el código que muestra la pantalla de la asesora con --address y --code.</translation>
        </message>
        <message>
            <source>Port {port} is already in use on this computer ({reason}). Choose another with --port.</source>
            <translation>El puerto {port} ya está en uso en este computador ({reason}). Elige otro con --port.</translation>
        </message>
        <message>
            <source>Unknown form '{value}': use exit-ticket, self-assessment, observation, phea or survey.</source>
            <translation>Formulario desconocido «{value}»: usa exit-ticket, self-assessment, observation, phea o survey.</translation>
        </message>
        <message>
            <source>There is no microcentro '{wanted}' in this installation. Yours: {names}.</source>
            <extracomment>The folder, inside the installation's data folder, that holds the other microcentros. The shortest id prefix that names a microcentro (shorter ones are too easy to mistype). Copies the advisor's private keys into a new network folder under its device id: (the open installation workspace, the new folder, its device id) -&gt; (signing key, encryption key) published, or None when she has none yet. The command line and the window pass `minga.sync.keys.install_network_keys` (the kernel does not import sync).</extracomment>
            <translation>No hay un microcentro «{wanted}» en esta instalación. Los tuyos: {names}.</translation>
        </message>
        <message>
            <source>'{wanted}' names more than one microcentro ({names}): write more of its name or its id.</source>
            <translation>«{wanted}» nombra a más de un microcentro ({names}): escribe más de su nombre o su id.</translation>
        </message>
        <message>
            <source>There is already a microcentro called '{name}' in this installation.</source>
            <translation>Ya hay un microcentro llamado «{name}» en esta instalación.</translation>
        </message>
        <message>
            <source>Only an advisor accompanies several microcentros; a teacher belongs to one network.</source>
            <translation>Solo un/a asesor/a acompaña varios microcentros; cada docente pertenece a una sola red.</translation>
        </message>
        <message>
            <source>Several microcentros live in data folders of their own; with a database on a server (--db-url) there is only one.</source>
            <translation>Cada microcentro vive en su propia carpeta de datos; con la base de datos en un servidor (--db-url) hay uno solo.</translation>
        </message>
        <message>
            <source>The territory has no practice {id}.</source>
            <extracomment>The indicators in the order the Indicadores area shows them; a key a newer Minga reports that this one does not know comes after them, in name order. meta: the territory a coordinator's hub serves (written at set-up).</extracomment>
            <translation>El territorio no tiene la práctica {id}.</translation>
        </message>
        <message>
            <source>Only a territory's coordinator does this (set up with 'minga init --role coordinator'). Nothing was changed.</source>
            <translation>Esto lo hace solo la coordinación de un territorio (configurada con «minga init --role coordinator»). No se cambió nada.</translation>
        </message>
        <message>
            <source>Only an advisor sends territory reports. Nothing was changed.</source>
            <translation>Solo una asesora envía informes al territorio. No se cambió nada.</translation>
        </message>
        <message>
            <source>{name} is not {expected}. Nothing was changed.</source>
            <translation>{name} no es {expected}. No se cambió nada.</translation>
        </message>
        <message>
            <source>{name} is already accepted with another key (fingerprint {fingerprint} now). Nothing was changed: ask {name} whether her keys changed before accepting anything from this key.</source>
            <translation>{name} ya está aceptada con otra clave (ahora la huella es {fingerprint}). No se cambió nada: pregúntale a {name} si cambiaron sus claves antes de aceptar algo con esta.</translation>
        </message>
        <message>
            <source>No territory coordinator is known yet: import the coordinator's card first ('minga territory coordinator FILE'). Nothing was written.</source>
            <translation>Todavía no se conoce la coordinación del territorio: importa primero su tarjeta («minga territory coordinator ARCHIVO»). No se escribió nada.</translation>
        </message>
        <message>
            <source>There is no microcentre of yours to report. Nothing was written.</source>
            <translation>No tienes un microcentro del que informar. No se escribió nada.</translation>
        </message>
        <message>
            <source>{name}: the report comes from {advisor} (fingerprint {fingerprint}), who is not an accepted advisor of this territory. Accept her territory invitation first. Nothing was changed.</source>
            <translation>{name}: el informe viene de {advisor} (huella {fingerprint}), que no es una asesora aceptada de este territorio. Acepta primero su invitación al territorio. No se cambió nada.</translation>
        </message>
        <message>
            <source>{name}: the report comes from {advisor}, who no longer reports to this territory (removed: {reason}). Nothing was changed. To import her reports again, accept a new territory invitation from her.</source>
            <translation>{name}: el informe viene de {advisor}, que ya no informa a este territorio (retirada: {reason}). No se cambió nada. Para volver a importar sus informes, acepta una nueva invitación al territorio de ella.</translation>
        </message>
        <message>
            <source>{name}: the report is signed with a key that is not the one accepted for {advisor}. Nothing was changed.</source>
            <translation>{name}: el informe está firmado con una clave que no es la aceptada para {advisor}. No se cambió nada.</translation>
        </message>
        <message>
            <source>{name} is not a territory report. Nothing was changed.</source>
            <translation>{name} no es un informe al territorio. No se cambió nada.</translation>
        </message>
        <message>
            <source>{name} is a territory report: import it on the territory's hub with 'minga territory import'. Nothing was changed.</source>
            <translation>{name} es un informe al territorio: impórtalo en el servidor del territorio con «minga territory import». No se cambió nada.</translation>
        </message>
        <message>
            <source>{name}: row {row} of {part} is not valid ({detail}). The report was refused and nothing was changed.</source>
            <translation>{name}: la fila {row} de {part} no es válida ({detail}). El informe se rechazó y no se cambió nada.</translation>
        </message>
        <message>
            <source>a territory invitation</source>
            <translation>una invitación al territorio</translation>
        </message>
        <message>
            <source>a coordinator card</source>
            <translation>una tarjeta de coordinación</translation>
        </message>
        <message>
            <source>The fingerprint was not confirmed. Nothing was changed.</source>
            <translation>No se confirmó la huella. No se cambió nada.</translation>
        </message>
        <message>
            <source>Compare this fingerprint with the one {name} reads to you (in person or by phone). If they are the same, repeat the command with --fingerprint-checked. Nothing was changed.</source>
            <translation>Compara esta huella con la que te lee {name} (en persona o por teléfono). Si son iguales, repite el comando con --fingerprint-checked. No se cambió nada.</translation>
        </message>
        <message>
            <source>Give the report files to import, or a folder with --folder.</source>
            <translation>Indica los archivos de informes que quieres importar, o una carpeta con --folder.</translation>
        </message>
        <message>
            <source>There is no advisor '{wanted}' in this territory. Its advisors: {names}.</source>
            <translation>No hay ninguna asesora «{wanted}» en este territorio. Sus asesoras: {names}.</translation>
        </message>
        <message>
            <source>'{wanted}' names more than one advisor ({names}): write her full name or her id.</source>
            <translation>«{wanted}» nombra a más de una asesora ({names}): escribe su nombre completo o su id.</translation>
        </message>
        <message>
            <source>{name} was already removed from this territory's advisors. Nothing was changed.</source>
            <translation>{name} ya había sido retirada de las asesoras de este territorio. No se cambió nada.</translation>
        </message>
        <message>
            <source>The text has a control character.</source>
            <translation>El texto tiene un carácter de control.</translation>
        </message>
        <message>
            <source>Say why she no longer reports: it stays in the hub's records.</source>
            <translation>Indica por qué deja de informar: queda en los registros del servidor del territorio.</translation>
        </message>
        <message>
            <source>The territory report is printed on the territory's hub, the coordinator's Minga that receives the advisors' territory reports. This installation is not that hub. Nothing was written. (An advisor sends her report to the coordinator with 'minga territory export'.)</source>
            <translation>El informe territorial se imprime en la central del territorio: el Minga de la coordinación, que recibe los informes territoriales de las asesoras. Esta instalación no es esa central. No se escribió nada. (La asesora envía su informe a la coordinación con «minga territory export».)</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Subjects</source>
            <translation>Asignaturas</translation>
        </message>
        <message>
            <source>Levels</source>
            <translation>Niveles</translation>
        </message>
        <message>
            <source>Learning objectives</source>
            <translation>Objetivos de aprendizaje</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Multigrade strategy</source>
            <translation>Estrategia multigrado</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>Materiales</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Visibility</source>
            <translation>Visibilidad</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Escuela</translation>
        </message>
        <message>
            <source>RBD</source>
            <translation>RBD</translation>
        </message>
        <message>
            <source>Microcentre</source>
            <translation>Microcentro</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Escala</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Territorio</translation>
        </message>
        <message>
            <source>Date</source>
            <extracomment>One hora pedagógica, in minutes. The monthly allowance of a microcentre, in horas pedagógicas (Decreto 1.107). The longest presentation slot before a warning (Andalién Sur: 15 minutes). Hard bound on one agenda item or presentation (a typo guard: a whole working day). Hard bound on the students present at one application (rural classes are small). Hard bound on the answers one satisfaction tally may stand for.</extracomment>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Hora de inicio</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Modality</source>
            <translation>Modalidad</translation>
        </message>
        <message>
            <source>Focus</source>
            <translation>Foco</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Tabla</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Práctica</translation>
        </message>
        <message>
            <source>Presenter</source>
            <translation>Quien presenta</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Posición</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutos</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>Minutes of the session</source>
            <translation>Acta de la sesión</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Fortalezas</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>Sugerencias</translation>
        </message>
        <message>
            <source>Replicability</source>
            <translation>Replicabilidad</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <source>Respondent</source>
            <translation>Quien responde</translation>
        </message>
        <message>
            <source>Useful</source>
            <translation>Utilidad</translation>
        </message>
        <message>
            <source>Prepared to apply</source>
            <translation>Preparación para aplicar</translation>
        </message>
        <message>
            <source>Trust to voice doubts</source>
            <translation>Confianza para expresar dudas</translation>
        </message>
        <message>
            <source>Number of answers</source>
            <translation>Número de respuestas</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>Adoption</source>
            <translation>Elección</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Aplicación</translation>
        </message>
        <message>
            <source>Students present</source>
            <translation>Estudiantes presentes</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Exit-ticket answers</source>
            <translation>Respuestas del ticket de salida</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Plantilla</translation>
        </message>
        <message>
            <source>Ratings</source>
            <translation>Valoraciones</translation>
        </message>
        <message>
            <source>Adjustments</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Reflexión</translation>
        </message>
        <message>
            <source>Observed teacher</source>
            <translation>Docente observado/a</translation>
        </message>
        <message>
            <source>Observation protocol</source>
            <translation>Pauta de observación</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidencias</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Oportunidades de mejora</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Acuerdos</translation>
        </message>
        <message>
            <source>Action step</source>
            <translation>Paso de acción</translation>
        </message>
        <message>
            <source>Follow-up of</source>
            <translation>Seguimiento de</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Aim</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Change idea</source>
            <translation>Idea de cambio</translation>
        </message>
        <message>
            <source>Prediction</source>
            <translation>Predicción</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Lo que se hizo</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Datos</translation>
        </message>
        <message>
            <source>What we learnt</source>
            <translation>Lo que aprendimos</translation>
        </message>
        <message>
            <source>Adjustment notes</source>
            <translation>Notas del ajuste</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <source>Linked practices</source>
            <translation>Prácticas vinculadas</translation>
        </message>
        <message>
            <source>Linked sessions</source>
            <translation>Sesiones vinculadas</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Contenido</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
    </context>
    <context>
        <name>indicators</name>
        <message>
            <source>survey answers to the question (a tally of n answers counts n)</source>
            <extracomment>How a goal reads a figure: the top answer only, agreement (3 or 4), a share, a count.</extracomment>
            <translation>respuestas de la encuesta a la pregunta (un conteo de n respuestas cuenta n)</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>teachers marked present at the sessions</source>
            <translation>docentes presentes en las sesiones</translation>
        </message>
        <message>
            <source>teachers marked present, absent or excused (advisors not counted)</source>
            <translation>docentes presentes, ausentes o justificados (sin contar asesores)</translation>
        </message>
        <message>
            <source>monthly attendance above 70% at the meetings</source>
            <translation>asistencia mensual superior al 70% en las reuniones</translation>
        </message>
        <message>
            <source>Practices shared</source>
            <translation>Prácticas compartidas</translation>
        </message>
        <message>
            <source>different practices presented at sessions marked held</source>
            <translation>prácticas distintas presentadas en sesiones realizadas</translation>
        </message>
        <message>
            <source>the microcentre's annual goal</source>
            <translation>la meta anual del microcentro</translation>
        </message>
        <message>
            <source>share at least seven classroom practices</source>
            <translation>compartir al menos siete prácticas de aula</translation>
        </message>
        <message>
            <source>Adoption</source>
            <translation>Adopción</translation>
        </message>
        <message>
            <source>teachers present who chose a practice at that session</source>
            <translation>docentes presentes que eligieron una práctica en esa sesión</translation>
        </message>
        <message>
            <source>teachers present, added over the sessions</source>
            <translation>docentes presentes, sumados en las sesiones</translation>
        </message>
        <message>
            <source>each teacher chooses and applies at least one practice</source>
            <translation>cada docente elige y aplica al menos una práctica</translation>
        </message>
        <message>
            <source>Continuation</source>
            <translation>Continuidad</translation>
        </message>
        <message>
            <source>self-assessments deciding to continue, as is or adjusted</source>
            <translation>autoevaluaciones que deciden continuar, tal cual o ajustada</translation>
        </message>
        <message>
            <source>self-assessments written in the year</source>
            <translation>autoevaluaciones escritas en el año</translation>
        </message>
        <message>
            <source>Found the session very useful</source>
            <translation>Encontró la sesión muy útil</translation>
        </message>
        <message>
            <source>answers 'very much' (4 of 4)</source>
            <translation>respuestas «muy de acuerdo» (4 de 4)</translation>
        </message>
        <message>
            <source>82% find the topics very useful</source>
            <translation>el 82% considera muy útiles los temas</translation>
        </message>
        <message>
            <source>Feel very prepared to apply it</source>
            <translation>Se siente muy preparado/a para aplicarlo</translation>
        </message>
        <message>
            <source>64% feel well prepared to apply them</source>
            <translation>el 64% se siente bien preparado para aplicarlos</translation>
        </message>
        <message>
            <source>Trust to voice doubts</source>
            <translation>Confianza para plantear dudas</translation>
        </message>
        <message>
            <source>answers 'agree' or 'very much' (3 or 4 of 4)</source>
            <translation>respuestas «de acuerdo» o «muy de acuerdo» (3 o 4 de 4)</translation>
        </message>
        <message>
            <source>55.38% agree they trust to voice doubts</source>
            <translation>el 55,38% de acuerdo en la confianza para expresar sus dudas</translation>
        </message>
        <message>
            <source>Brought what was learnt into practice</source>
            <translation>Incorporó lo aprendido a su práctica</translation>
        </message>
        <message>
            <source>survey answers to the question (a tally of n answers counts n; answers from before the question was asked are left out)</source>
            <translation>respuestas de la encuesta a la pregunta (un conteo de n respuestas cuenta n; no se cuentan las respuestas de antes de que se hiciera la pregunta)</translation>
        </message>
        <message>
            <source>60.5% agree they brought new content into their practice</source>
            <translation>60,5 % de acuerdo en haber incorporado nuevos contenidos en sus prácticas pedagógicas</translation>
        </message>
        <message>
            <source>Satisfaction, agree or better</source>
            <translation>Satisfacción, de acuerdo o más</translation>
        </message>
        <message>
            <source>Exit tickets</source>
            <translation>Tickets de salida</translation>
        </message>
        <message>
            <source>students' answers choosing the option</source>
            <translation>respuestas de estudiantes que eligen la opción</translation>
        </message>
        <message>
            <source>students' answers to the question</source>
            <translation>respuestas de estudiantes a la pregunta</translation>
        </message>
    </context>
    <context>
        <name>keys</name>
        <message>
            <source>Passphrase of {path}: </source>
            <translation>Frase de paso de {path}: </translation>
        </message>
        <message>
            <source>Choose a passphrase for {path}: </source>
            <translation>Elige una frase de paso para {path}: </translation>
        </message>
        <message>
            <source>Type it again: </source>
            <translation>Escríbela de nuevo: </translation>
        </message>
        <message>
            <source>The two passphrases differ or are empty; try again.</source>
            <translation>Las dos frases no coinciden o están vacías; inténtalo de nuevo.</translation>
        </message>
        <message>
            <source>No system keyring was found on this computer: Minga keeps your private keys in {path}, protected by a passphrase.</source>
            <translation>No se encontró un llavero del sistema en este computador: Minga guarda tus claves privadas en {path}, protegidas con una frase de paso.</translation>
        </message>
        <message>
            <source>The system keyring did not answer ({reason}): Minga keeps your private keys in {path}, protected by a passphrase.</source>
            <translation>El llavero del sistema no respondió ({reason}): Minga guarda tus claves privadas en {path}, protegidas con una frase de paso.</translation>
        </message>
    </context>
    <context>
        <name>mail</name>
        <message>
            <source>Minga: bundle from {sender} (part {part} of {parts})</source>
            <translation>Minga: paquete de {sender} (parte {part} de {parts})</translation>
        </message>
        <message>
            <source>This message carries a Minga bundle from {sender} (part {part} of {parts}).

If Minga checks this mailbox, it imports the bundle on its own. Otherwise, save the attachment (every part in the same folder) and open it in Minga: Sync › Import.

The bundle is encrypted: only the people it was made for can open it.</source>
            <translation>Este mensaje lleva un paquete de Minga de {sender} (parte {part} de {parts}).

Si Minga revisa este buzón, importa el paquete por su cuenta. Si no, guarda el adjunto (todas las partes en la misma carpeta) y ábrelo en Minga: Sincronizar › Importar.

El paquete está cifrado: solo pueden abrirlo las personas para quienes se hizo.</translation>
        </message>
        <message>
            <source>your advisor</source>
            <translation>tu asesora o asesor</translation>
        </message>
        <message>
            <source>SSL/TLS</source>
            <translation>SSL/TLS</translation>
        </message>
        <message>
            <source>STARTTLS</source>
            <translation>STARTTLS</translation>
        </message>
        <message>
            <source>None (this computer only)</source>
            <translation>Ninguna (solo este computador)</translation>
        </message>
        <message>
            <source>Gmail / Google Workspace</source>
            <translation>Gmail / Google Workspace</translation>
        </message>
        <message>
            <source>Gmail needs an app password: turn on 2-Step Verification in the Google account, then create one under Security › App passwords and type it here.</source>
            <translation>Gmail necesita una contraseña de aplicación: activa la verificación en dos pasos en la cuenta de Google, luego crea una en Seguridad › Contraseñas de aplicaciones y escríbela aquí.</translation>
        </message>
        <message>
            <source>Outlook / Office 365</source>
            <translation>Outlook / Office 365</translation>
        </message>
        <message>
            <source>Office 365 only accepts a password when the account's administrator allows authenticated SMTP and IMAP for the mailbox; use an app password if the account has two-step verification.</source>
            <translation>Office 365 solo acepta una contraseña si quien administra la cuenta permite SMTP e IMAP autenticados para ese buzón; usa una contraseña de aplicación si la cuenta tiene verificación en dos pasos.</translation>
        </message>
        <message>
            <source>Other server</source>
            <translation>Otro servidor</translation>
        </message>
        <message>
            <source>Ask your provider for the servers. Usually: sending with SSL/TLS on port 465 or STARTTLS on port 587; receiving (IMAP) with SSL/TLS on port 993.</source>
            <translation>Pregunta a tu proveedor por los servidores. Lo habitual: envío con SSL/TLS en el puerto 465 o STARTTLS en el 587; recepción (IMAP) con SSL/TLS en el puerto 993.</translation>
        </message>
        <message>
            <source>the connection was refused (is the port right?)</source>
            <translation>se rechazó la conexión (¿es correcto el puerto?)</translation>
        </message>
        <message>
            <source>no answer in time</source>
            <translation>no hubo respuesta a tiempo</translation>
        </message>
        <message>
            <source>the server's name is unknown (no Internet, or a typo?)</source>
            <translation>no se conoce el nombre del servidor (¿sin Internet, o un error al escribirlo?)</translation>
        </message>
        <message>
            <source>the network is unreachable</source>
            <translation>no se puede llegar a la red</translation>
        </message>
    </context>
    <context>
        <name>metavar</name>
        <message>
            <source>ACHIEVED</source>
            <translation>LOGRO</translation>
        </message>
        <message>
            <source>ADJUSTMENTS</source>
            <translation>AJUSTES</translation>
        </message>
        <message>
            <source>ADOPTION</source>
            <translation>ELECCIÓN</translation>
        </message>
        <message>
            <source>APPLICATION</source>
            <translation>APLICACIÓN</translation>
        </message>
        <message>
            <source>APPLIED</source>
            <translation>INCORPORÓ</translation>
        </message>
        <message>
            <source>ATTENDANCE</source>
            <translation>ASISTENCIA</translation>
        </message>
        <message>
            <source>COMMENT</source>
            <translation>COMENTARIO</translation>
        </message>
        <message>
            <source>COUNT</source>
            <translation>CANTIDAD</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>FECHA</translation>
        </message>
        <message>
            <source>DESCRIPTION</source>
            <translation>DESCRIPCIÓN</translation>
        </message>
        <message>
            <source>DIAGNOSTIC</source>
            <translation>DIAGNÓSTICO</translation>
        </message>
        <message>
            <source>DUE</source>
            <translation>PLAZO</translation>
        </message>
        <message>
            <source>DURATION</source>
            <translation>DURACIÓN</translation>
        </message>
        <message>
            <source>EMAIL</source>
            <translation>CORREO</translation>
        </message>
        <message>
            <source>END</source>
            <translation>TÉRMINO</translation>
        </message>
        <message>
            <source>FOCUS</source>
            <translation>FOCO</translation>
        </message>
        <message>
            <source>GOAL</source>
            <translation>META</translation>
        </message>
        <message>
            <source>LEVEL</source>
            <translation>NIVEL</translation>
        </message>
        <message>
            <source>LIMIT</source>
            <translation>LÍMITE</translation>
        </message>
        <message>
            <source>MATERIALS</source>
            <translation>MATERIALES</translation>
        </message>
        <message>
            <source>MICROCENTRE</source>
            <translation>MICROCENTRO</translation>
        </message>
        <message>
            <source>MINUTES</source>
            <translation>MINUTOS</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NOMBRE</translation>
        </message>
        <message>
            <source>NOTE</source>
            <translation>NOTA</translation>
        </message>
        <message>
            <source>NOTES</source>
            <translation>NOTAS</translation>
        </message>
        <message>
            <source>NUMBER</source>
            <translation>NÚMERO</translation>
        </message>
        <message>
            <source>OA</source>
            <translation>OA</translation>
        </message>
        <message>
            <source>ON</source>
            <translation>FECHA</translation>
        </message>
        <message>
            <source>OUT</source>
            <translation>ARCHIVO</translation>
        </message>
        <message>
            <source>PARTICIPANT</source>
            <translation>PARTICIPANTE</translation>
        </message>
        <message>
            <source>PERIOD</source>
            <translation>PERÍODO</translation>
        </message>
        <message>
            <source>PLACE</source>
            <translation>LUGAR</translation>
        </message>
        <message>
            <source>POINTS</source>
            <translation>PUNTOS</translation>
        </message>
        <message>
            <source>POSITION</source>
            <translation>POSICIÓN</translation>
        </message>
        <message>
            <source>PRACTICE</source>
            <translation>PRÁCTICA</translation>
        </message>
        <message>
            <source>PREPARED</source>
            <translation>PREPARACIÓN</translation>
        </message>
        <message>
            <source>PRESENTER</source>
            <translation>EXPOSITOR</translation>
        </message>
        <message>
            <source>RBD</source>
            <translation>RBD</translation>
        </message>
        <message>
            <source>REASON</source>
            <translation>MOTIVO</translation>
        </message>
        <message>
            <source>REFLECTION</source>
            <translation>REFLEXIÓN</translation>
        </message>
        <message>
            <source>RESPONDENT</source>
            <translation>QUIEN_RESPONDE</translation>
        </message>
        <message>
            <source>RESPONSIBLE</source>
            <translation>RESPONSABLE</translation>
        </message>
        <message>
            <source>SCALE</source>
            <translation>ESCALA</translation>
        </message>
        <message>
            <source>SCHOOL</source>
            <translation>ESCUELA</translation>
        </message>
        <message>
            <source>SEARCH</source>
            <translation>BÚSQUEDA</translation>
        </message>
        <message>
            <source>SEED</source>
            <translation>SEMILLA</translation>
        </message>
        <message>
            <source>SESSION</source>
            <translation>SESIÓN</translation>
        </message>
        <message>
            <source>SINCE</source>
            <translation>DESDE</translation>
        </message>
        <message>
            <source>START</source>
            <translation>INICIO</translation>
        </message>
        <message>
            <source>STRATEGY</source>
            <translation>ESTRATEGIA</translation>
        </message>
        <message>
            <source>STRENGTHS</source>
            <translation>FORTALEZAS</translation>
        </message>
        <message>
            <source>STUDENTS</source>
            <translation>ESTUDIANTES</translation>
        </message>
        <message>
            <source>SUBJECT</source>
            <translation>ASIGNATURA</translation>
        </message>
        <message>
            <source>SUGGESTIONS</source>
            <translation>SUGERENCIAS</translation>
        </message>
        <message>
            <source>TEMPLATE</source>
            <translation>PLANTILLA</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEXTO</translation>
        </message>
        <message>
            <source>TIME</source>
            <translation>HORA</translation>
        </message>
        <message>
            <source>TITLE</source>
            <translation>TÍTULO</translation>
        </message>
        <message>
            <source>TRUST</source>
            <translation>CONFIANZA</translation>
        </message>
        <message>
            <source>UNTIL</source>
            <translation>HASTA</translation>
        </message>
        <message>
            <source>USEFUL</source>
            <translation>UTILIDAD</translation>
        </message>
        <message>
            <source>VALUE</source>
            <translation>VALOR</translation>
        </message>
        <message>
            <source>WEEK</source>
            <translation>SEMANA</translation>
        </message>
        <message>
            <source>WEEKDAY</source>
            <translation>DÍA</translation>
        </message>
        <message>
            <source>YEAR</source>
            <translation>AÑO</translation>
        </message>
        <message>
            <source>agreement</source>
            <translation>acuerdo</translation>
        </message>
        <message>
            <source>file</source>
            <translation>archivo</translation>
        </message>
        <message>
            <source>files</source>
            <translation>archivos</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>session</source>
            <translation>sesión</translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <source>No data yet.</source>
            <extracomment>Fills for the options of an exit-ticket question, from the first (best) to the last.</extracomment>
            <translation>Todavía no hay datos.</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valor</translation>
        </message>
        <message>
            <source>median {value}</source>
            <translation>mediana {value}</translation>
        </message>
        <message>
            <source>median</source>
            <translation>mediana</translation>
        </message>
        <message>
            <source>shift: 6 or more points on one side of the median</source>
            <translation>desplazamiento: 6 o más puntos a un lado de la mediana</translation>
        </message>
        <message>
            <source>no shift (6 or more points on one side of the median)</source>
            <translation>sin desplazamiento (6 o más puntos a un lado de la mediana)</translation>
        </message>
        <message>
            <source>trend: 5 or more points going one way</source>
            <translation>tendencia: 5 o más puntos que suben o bajan seguidos</translation>
        </message>
        <message>
            <source>too few runs</source>
            <translation>muy pocas rachas</translation>
        </message>
        <message>
            <source>too many runs</source>
            <translation>demasiadas rachas</translation>
        </message>
        <message>
            <source>astronomical point (square): check it</source>
            <translation>punto astronómico (cuadrado): revísalo</translation>
        </message>
        <message>
            <source>Exit ticket</source>
            <translation>Ticket de salida</translation>
        </message>
        <message>
            <source>Self-assessment record</source>
            <translation>Registro de autoevaluación</translation>
        </message>
        <message>
            <source>Peer classroom observation protocol</source>
            <translation>Pauta de observación de aula entre pares</translation>
        </message>
        <message>
            <source>Improvement cycle PHEA</source>
            <translation>Ciclo de mejora PHEA</translation>
        </message>
        <message>
            <source>Preparation of teaching</source>
            <translation>Preparación de la enseñanza</translation>
        </message>
        <message>
            <source>A learning environment</source>
            <translation>Ambiente propicio para el aprendizaje</translation>
        </message>
        <message>
            <source>Teaching for the learning of all students</source>
            <translation>Enseñanza para el aprendizaje de todos los estudiantes</translation>
        </message>
        <message>
            <source>Professional responsibilities</source>
            <translation>Responsabilidades profesionales</translation>
        </message>
        <message>
            <source>Yes, as it is</source>
            <translation>Sí, tal como está</translation>
        </message>
        <message>
            <source>Yes, with adjustments</source>
            <translation>Sí, con ajustes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>form</source>
            <translation>formulario</translation>
        </message>
        <message>
            <source>Session No. ____ · Date: ________</source>
            <translation>Sesión N° ____ · Fecha: ________</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Docente</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Escuela</translation>
        </message>
        <message>
            <source>Practice applied</source>
            <translation>Práctica aplicada</translation>
        </message>
        <message>
            <source>Date of the application</source>
            <translation>Fecha de aplicación</translation>
        </message>
        <message>
            <source>Levels</source>
            <translation>Niveles</translation>
        </message>
        <message>
            <source>Students present</source>
            <translation>Estudiantes presentes</translation>
        </message>
        <message>
            <source>Tick the level that best describes how it went, for each criterion.</source>
            <translation>Marca, para cada criterio, el nivel que mejor describe cómo resultó.</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Criterio</translation>
        </message>
        <message>
            <source>Level {n}</source>
            <translation>Nivel {n}</translation>
        </message>
        <message>
            <source>Domain {letter}</source>
            <translation>Dominio {letter}</translation>
        </message>
        <message>
            <source>Adjustments I made</source>
            <translation>Ajustes que hice</translation>
        </message>
        <message>
            <source>What did you change, and why?</source>
            <translation>¿Qué cambiaste y por qué?</translation>
        </message>
        <message>
            <source>Will you keep using this practice?</source>
            <translation>¿Seguirás usando esta práctica?</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Reflexión</translation>
        </message>
        <message>
            <source>What did your students learn? What would you share with colleagues?</source>
            <translation>¿Qué aprendieron tus estudiantes? ¿Qué compartirías con tus colegas?</translation>
        </message>
        <message>
            <source>Peer classroom observation</source>
            <translation>Observación de aula entre pares</translation>
        </message>
        <message>
            <source>Formative and non-punitive: the observed teacher owns what is shared from this observation.</source>
            <translation>Formativa y no punitiva: la docente observada decide qué se comparte de esta observación.</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>Observador/a</translation>
        </message>
        <message>
            <source>Observed teacher</source>
            <translation>Docente observado/a</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Agreed focus of the observation</source>
            <translation>Foco acordado de la observación</translation>
        </message>
        <message>
            <source>Not observed</source>
            <translation>No se observa</translation>
        </message>
        <message>
            <source>Partly observed</source>
            <translation>Se observa en parte</translation>
        </message>
        <message>
            <source>Observed</source>
            <translation>Se observa</translation>
        </message>
        <message>
            <source>Outstanding</source>
            <translation>Se observa de manera destacada</translation>
        </message>
        <message>
            <source>What is observed</source>
            <translation>Qué se observa</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidencias</translation>
        </message>
        <message>
            <source>What did you see and hear? Facts, not judgements.</source>
            <translation>¿Qué viste y escuchaste? Hechos, no juicios.</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Fortalezas</translation>
        </message>
        <message>
            <source>Opportunities for improvement</source>
            <translation>Oportunidades de mejora</translation>
        </message>
        <message>
            <source>Agreements and next steps</source>
            <translation>Acuerdos y próximos pasos</translation>
        </message>
        <message>
            <source>Observer's signature</source>
            <translation>Firma de quien observa</translation>
        </message>
        <message>
            <source>Observed teacher's signature</source>
            <translation>Firma de la docente observada</translation>
        </message>
        <message>
            <source>Plan, Do, Study, Adjust (PDSA): a small change, tried and measured, to improve the network's own meetings or a practice.</source>
            <translation>Planear, Hacer, Estudiar, Ajustar: un cambio pequeño, probado y medido, para mejorar las reuniones de la red o una práctica.</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Ciclo</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Practices or sessions linked</source>
            <translation>Prácticas o sesiones vinculadas</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Planear</translation>
        </message>
        <message>
            <source>Aim</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>What do we want to achieve?</source>
            <translation>¿Qué queremos lograr?</translation>
        </message>
        <message>
            <source>Change idea</source>
            <translation>Idea de cambio</translation>
        </message>
        <message>
            <source>What will we try?</source>
            <translation>¿Qué vamos a probar?</translation>
        </message>
        <message>
            <source>Prediction</source>
            <translation>Predicción</translation>
        </message>
        <message>
            <source>What do we expect to happen?</source>
            <translation>¿Qué esperamos que ocurra?</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <source>How will we know it improved? (e.g. attendance over 70%)</source>
            <translation>¿Cómo sabremos que mejoró? (p. ej., asistencia sobre 70%)</translation>
        </message>
        <message>
            <source>Do</source>
            <translation>Hacer</translation>
        </message>
        <message>
            <source>What we did and what happened</source>
            <translation>Qué hicimos y qué pasó</translation>
        </message>
        <message>
            <source>Dates, who, surprises</source>
            <translation>Fechas, quiénes, sorpresas</translation>
        </message>
        <message>
            <source>Study</source>
            <translation>Estudiar</translation>
        </message>
        <message>
            <source>Write down the indicator's value for each period, mark the points on the chart and draw the median. Six or more points in a row on the same side of the median are a shift: the change is real.</source>
            <translation>Anota el valor del indicador en cada período, marca los puntos en el gráfico y traza la mediana. Seis o más puntos seguidos al mismo lado de la mediana son un desplazamiento: el cambio es real.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>What we learned</source>
            <translation>Qué aprendimos</translation>
        </message>
        <message>
            <source>Adjust</source>
            <translation>Ajustar</translation>
        </message>
        <message>
            <source>Decision:</source>
            <translation>Decisión:</translation>
        </message>
        <message>
            <source>Adopt the change</source>
            <translation>Adoptar el cambio</translation>
        </message>
        <message>
            <source>Adapt it and start a new cycle</source>
            <translation>Adaptarlo y empezar un nuevo ciclo</translation>
        </message>
        <message>
            <source>Abandon it</source>
            <translation>Abandonarlo</translation>
        </message>
        <message>
            <source>Notes and next cycle</source>
            <translation>Notas y próximo ciclo</translation>
        </message>
        <message>
            <source>My level:</source>
            <translation>Mi curso:</translation>
        </message>
        <message>
            <source>Mark one face for each question. No names.</source>
            <translation>Marca una carita en cada pregunta. Sin nombre.</translation>
        </message>
        <message>
            <source>periods →</source>
            <translation>períodos →</translation>
        </message>
        <message>
            <source>value →</source>
            <translation>valor →</translation>
        </message>
        <message>
            <source>{count} of a goal of {goal}</source>
            <translation>{count} de una meta de {goal}</translation>
        </message>
        <message>
            <source>Attendance</source>
            <extracomment>The indicators' names over the narrow columns of the networks' table.</extracomment>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>teachers present at the sessions held (advisors not counted)</source>
            <translation>docentes presentes en las sesiones realizadas (sin contar asesores)</translation>
        </message>
        <message>
            <source>Practices shared</source>
            <translation>Prácticas compartidas</translation>
        </message>
        <message>
            <source>different practices presented at the sessions of the year</source>
            <translation>prácticas distintas presentadas en las sesiones del año</translation>
        </message>
        <message>
            <source>Adoption</source>
            <translation>Adopción</translation>
        </message>
        <message>
            <source>teachers present who chose a practice to apply</source>
            <translation>docentes presentes que eligieron una práctica para aplicar</translation>
        </message>
        <message>
            <source>Continuation</source>
            <translation>Continuidad</translation>
        </message>
        <message>
            <source>self-assessments that keep the practice (as is or adjusted)</source>
            <translation>autoevaluaciones que mantienen la práctica (tal cual o ajustada)</translation>
        </message>
        <message>
            <source>survey answers 'agree' or 'strongly agree'</source>
            <translation>respuestas «de acuerdo» o «muy de acuerdo» en la encuesta</translation>
        </message>
        <message>
            <source>Trust to voice doubts</source>
            <translation>Confianza para plantear dudas</translation>
        </message>
        <message>
            <source>Exit tickets tallied</source>
            <translation>Tickets de salida tabulados</translation>
        </message>
        <message>
            <source>applications with the students' answers counted (no names)</source>
            <translation>aplicaciones con las respuestas de los estudiantes contadas (sin nombres)</translation>
        </message>
        <message>
            <source>What it counts</source>
            <translation>Qué cuenta</translation>
        </message>
        <message>
            <source>goal {percent}</source>
            <translation>meta {percent}</translation>
        </message>
        <message>
            <source>Useful</source>
            <translation>Útil</translation>
        </message>
        <message>
            <source>Prepared</source>
            <translation>Preparados</translation>
        </message>
        <message>
            <source>Trust</source>
            <translation>Confianza</translation>
        </message>
        <message>
            <source>top answer</source>
            <extracomment>The Malloa network's threshold for attendance (docs/domain.md): a reference line. Nothing measured (a figure a caller did not give).</extracomment>
            <translation>respuesta máxima</translation>
        </message>
        <message>
            <source>agree or better</source>
            <translation>de acuerdo o más</translation>
        </message>
        <message>
            <source>goal {goal}, {source}{basis}</source>
            <translation>meta {goal}, {source}{basis}</translation>
        </message>
        <message>
            <source>Found the session very useful</source>
            <translation>Encontraron muy útil la sesión</translation>
        </message>
        <message>
            <source>survey answers 'strongly agree' (4 of 4)</source>
            <translation>respuestas «muy de acuerdo» en la encuesta (4 de 4)</translation>
        </message>
        <message>
            <source>agree or better: {rate}</source>
            <translation>de acuerdo o más: {rate}</translation>
        </message>
        <message>
            <source>Feel very prepared to apply it</source>
            <translation>Se sienten muy preparados para aplicarla</translation>
        </message>
        <message>
            <source>top answer: {rate}</source>
            <translation>respuesta máxima: {rate}</translation>
        </message>
        <message>
            <source>Brought what was learnt into practice</source>
            <translation>Incorporó lo aprendido a su práctica</translation>
        </message>
        <message>
            <source>survey answers 'agree' or 'strongly agree' (answers that were asked it)</source>
            <translation>respuestas «de acuerdo» o «muy de acuerdo» (entre quienes recibieron la pregunta)</translation>
        </message>
        <message>
            <source>Very useful</source>
            <translation>Muy útil</translation>
        </message>
        <message>
            <source>Very prepared</source>
            <translation>Muy preparados</translation>
        </message>
        <message>
            <source>Into practice</source>
            <translation>A la práctica</translation>
        </message>
        <message>
            <source>reference 70%</source>
            <translation>referencia 70%</translation>
        </message>
        <message>
            <source>not expected</source>
            <translation>no corresponde</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>todavía no</translation>
        </message>
        <message>
            <source>Chose a practice at the last session</source>
            <translation>Eligió práctica en la última sesión</translation>
        </message>
        <message>
            <source>Self-assessments pending</source>
            <translation>Autoevaluaciones pendientes</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>January</source>
            <translation>enero</translation>
        </message>
        <message>
            <source>February</source>
            <translation>febrero</translation>
        </message>
        <message>
            <source>March</source>
            <translation>marzo</translation>
        </message>
        <message>
            <source>April</source>
            <translation>abril</translation>
        </message>
        <message>
            <source>May</source>
            <translation>mayo</translation>
        </message>
        <message>
            <source>June</source>
            <translation>junio</translation>
        </message>
        <message>
            <source>July</source>
            <translation>julio</translation>
        </message>
        <message>
            <source>August</source>
            <translation>agosto</translation>
        </message>
        <message>
            <source>September</source>
            <translation>septiembre</translation>
        </message>
        <message>
            <source>October</source>
            <translation>octubre</translation>
        </message>
        <message>
            <source>November</source>
            <translation>noviembre</translation>
        </message>
        <message>
            <source>December</source>
            <translation>diciembre</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>lunes</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>martes</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>miércoles</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>jueves</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>viernes</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>sábado</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>domingo</translation>
        </message>
        <message>
            <source>{weekday}, {month} {day}, {year}</source>
            <translation>{weekday} {day} de {month} de {year}</translation>
        </message>
        <message>
            <source>{month} {day}, {year}</source>
            <translation>{day} de {month} de {year}</translation>
        </message>
        <message>
            <source>{rate} ({numerator} of {denominator})</source>
            <translation>{rate} ({numerator} de {denominator})</translation>
        </message>
        <message>
            <source>{numerator} of {denominator}</source>
            <translation>{numerator} de {denominator}</translation>
        </message>
        <message>
            <source>Minga · printed on {date}</source>
            <translation>Minga · impreso el {date}</translation>
        </message>
        <message>
            <source>page {page} of {pages}</source>
            <translation>página {page} de {pages}</translation>
        </message>
        <message>
            <source>adopt the change</source>
            <translation>adoptar el cambio</translation>
        </message>
        <message>
            <source>adapt it</source>
            <translation>adaptarlo</translation>
        </message>
        <message>
            <source>abandon it</source>
            <translation>abandonarlo</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Continuar con ella</translation>
        </message>
        <message>
            <source>Keep it with adjustments</source>
            <translation>Continuar con ajustes</translation>
        </message>
        <message>
            <source>Drop it</source>
            <translation>Dejarla</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>planificada</translation>
        </message>
        <message>
            <source>held</source>
            <translation>realizada</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelada</translation>
        </message>
        <message>
            <source>to close</source>
            <translation>por cerrar</translation>
        </message>
        <message>
            <source>Network report · school year {year}</source>
            <translation>Informe de la red · año escolar {year}</translation>
        </message>
        <message>
            <source>Indicators, sessions, schools and practices of {microcentre} in {year}</source>
            <translation>Indicadores, sesiones, escuelas y prácticas de {microcentre} en {year}</translation>
        </message>
        <message>
            <source>the microcentre</source>
            <translation>el microcentro</translation>
        </message>
        <message>
            <source>period report</source>
            <translation>informe del período</translation>
        </message>
        <message>
            <source>Period report</source>
            <translation>Informe del período</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>Portada</translation>
        </message>
        <message>
            <source>Nothing of this kind.</source>
            <translation>Nada de este tipo.</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Presente</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Ausente</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Justificado</translation>
        </message>
        <message>
            <source>Presented a practice ({minutes} min)</source>
            <translation>Presentó una práctica ({minutes} min)</translation>
        </message>
        <message>
            <source>{count} students present</source>
            <translation>{count} estudiantes presentes</translation>
        </message>
        <message>
            <source>The data of {name} in Minga</source>
            <translation>Los datos de {name} en Minga</translation>
        </message>
        <message>
            <source>Access to one's personal data (Ley 21.719)</source>
            <translation>Acceso a los propios datos personales (Ley 21.719)</translation>
        </message>
        <message>
            <source>Everything this computer holds about {name} and everything she wrote, on {date}, asked for by {asked_by}. The files of this folder hold the same records in full (JSON) with her evidence files.</source>
            <translation>Todo lo que este computador guarda sobre {name} y todo lo que ella escribió, al {date}, a pedido de {asked_by}. Los archivos de esta carpeta traen los mismos registros completos (JSON) con sus archivos de evidencia.</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>The {shown} most recent of {total}; every one is in registros/{kind}.json.</source>
            <translation>Los {shown} más recientes de {total}; todos están en registros/{kind}.json.</translation>
        </message>
        <message>
            <source>Microcentre</source>
            <translation>Microcentro</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo</translation>
        </message>
        <message>
            <source>Records by kind</source>
            <translation>Registros por tipo</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Registros</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Recovery sheet</source>
            <translation>Hoja de recuperación</translation>
        </message>
        <message>
            <source>Where the backup with your keys is and what its passphrase protects</source>
            <translation>Dónde está el respaldo con tus claves y qué protege su frase de paso</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>respaldo</translation>
        </message>
        <message>
            <source>keys</source>
            <translation>claves</translation>
        </message>
        <message>
            <source>Keep this sheet in a safe place, apart from the backup. It lets you (or whoever helps you) move your Minga to a new computer if this one breaks, is stolen or is replaced.</source>
            <translation>Guarda esta hoja en un lugar seguro, lejos del respaldo. Te permite (a ti o a quien te ayude) llevar tu Minga a un computador nuevo si este se echa a perder, te lo roban o te lo cambian.</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Advisor</source>
            <translation>Asesor/a</translation>
        </message>
        <message>
            <source>Backup made on</source>
            <translation>Respaldo hecho el</translation>
        </message>
        <message>
            <source>Backup file</source>
            <translation>Archivo del respaldo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Fingerprint of your keys</source>
            <translation>Huella de tus claves</translation>
        </message>
        <message>
            <source>After restoring, Minga shows this fingerprint (Sincronizar, or 'minga identity'). If it is the same, the new computer is you for the whole network: your advisor and colleagues see the same fingerprint.</source>
            <translation>Después de restaurar, Minga muestra esta huella (Sincronizar, o «minga identity»). Si es la misma, el computador nuevo eres tú para toda la red: tu asesor/a y tus colegas ven la misma huella.</translation>
        </message>
        <message>
            <source>What the passphrase protects</source>
            <translation>Qué protege la frase de paso</translation>
        </message>
        <message>
            <source>The backup holds your records and your private keys. The keys are what lets your Minga open the bundles your colleagues and your advisor make for you, and sign yours so that they accept them. In the backup they are encrypted with the passphrase you chose; nobody can use them without it, and nobody can recover it for you: not your advisor, not the people who make Minga.</source>
            <translation>El respaldo contiene tus registros y tus claves privadas. Las claves son las que permiten que tu Minga abra los paquetes que tus colegas y tu asesor/a hacen para ti, y que firme los tuyos para que te los acepten. En el respaldo van cifradas con la frase de paso que elegiste; nadie puede usarlas sin ella, y nadie puede recuperarla por ti: ni tu asesor/a, ni quienes hacen Minga.</translation>
        </message>
        <message>
            <source>Do not write the passphrase on this sheet, and do not keep it with the backup. If you forget it, the records can still be restored, but not your keys: your advisor then invites you again (Integrantes, 'Volver a incorporar') and your new computer gets new keys.</source>
            <translation>No escribas la frase de paso en esta hoja, ni la guardes junto al respaldo. Si la olvidas, los registros se pueden restaurar igual, pero no tus claves: entonces tu asesor/a te vuelve a incorporar (Integrantes, «Volver a incorporar») y tu computador nuevo recibe claves nuevas.</translation>
        </message>
        <message>
            <source>How to restore on a new computer</source>
            <translation>Cómo restaurar en un computador nuevo</translation>
        </message>
        <message>
            <source>Install Minga on the new computer.</source>
            <translation>Instala Minga en el computador nuevo.</translation>
        </message>
        <message>
            <source>Open Herramientas › Respaldos › Restaurar and choose the backup file (or run 'minga restore FILE').</source>
            <translation>Abre Herramientas › Respaldos › Restaurar desde un archivo y elige el archivo del respaldo (o ejecuta «minga restore ARCHIVO»).</translation>
        </message>
        <message>
            <source>Type the passphrase. Minga restores your records and your keys.</source>
            <translation>Escribe la frase de paso. Minga restaura tus registros y tus claves.</translation>
        </message>
        <message>
            <source>Check that the fingerprint Minga shows is the one printed above, then import the bundles that arrived since the backup.</source>
            <translation>Comprueba que la huella que muestra Minga sea la impresa arriba; luego importa los paquetes que llegaron después del respaldo.</translation>
        </message>
        <message>
            <source>Stop using the old computer for Minga (if it comes back, do not open Minga on it again without asking your advisor).</source>
            <translation>No vuelvas a usar Minga en el computador viejo (si aparece, no abras Minga en él sin preguntarle a tu asesor/a).</translation>
        </message>
        <message>
            <source>Where I keep the backup (USB drive, folder):</source>
            <translation>Dónde guardo el respaldo (pendrive, carpeta):</translation>
        </message>
        <message>
            <source>Annual focus</source>
            <translation>Foco anual</translation>
        </message>
        <message>
            <source>School year</source>
            <translation>Año escolar</translation>
        </message>
        <message>
            <source>Figures up to</source>
            <translation>Datos al</translation>
        </message>
        <message>
            <source>Sessions held</source>
            <translation>Sesiones realizadas</translation>
        </message>
        <message>
            <source>Schools</source>
            <translation>Escuelas</translation>
        </message>
        <message>
            <source>Teachers</source>
            <translation>Docentes</translation>
        </message>
        <message>
            <source>The network's year {year}</source>
            <translation>El año {year} de la red</translation>
        </message>
        <message>
            <source>Indicators, sessions, schools and shared practices, up to {date}</source>
            <translation>Indicadores, sesiones, escuelas y prácticas compartidas, al {date}</translation>
        </message>
        <message>
            <source>Figures computed by Minga from the records of the network: attendance and surveys taken at the sessions, practices presented, choices, applications, exit-ticket tallies (no student names) and self-assessments. A dash means nothing was measured.</source>
            <translation>Cifras calculadas por Minga a partir de los registros de la red: asistencia y encuestas de las sesiones, prácticas presentadas, elecciones, aplicaciones, conteos de tickets de salida (sin nombres de estudiantes) y autoevaluaciones. Un guion indica que no hubo nada que medir.</translation>
        </message>
        <message>
            <source>{count} of {goal}</source>
            <translation>{count} de {goal}</translation>
        </message>
        <message>
            <source>Indicators of the year</source>
            <translation>Indicadores del año</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pendientes</translation>
        </message>
        <message>
            <source>Session by session</source>
            <translation>Sesión a sesión</translation>
        </message>
        <message>
            <source>Run charts: each point is a session held. The dashed line is the median; six or more points in a row on one side of it (a shift) show a real change, not chance.</source>
            <translation>Gráficos de tendencia: cada punto es una sesión realizada. La línea punteada es la mediana; seis o más puntos seguidos a un mismo lado (un desplazamiento) muestran un cambio real, no casual.</translation>
        </message>
        <message>
            <source>Attendance per session</source>
            <translation>Asistencia por sesión</translation>
        </message>
        <message>
            <source>Teachers present who chose a practice</source>
            <translation>Docentes presentes que eligieron una práctica</translation>
        </message>
        <message>
            <source>Found the session useful (survey)</source>
            <translation>Encontraron útil la sesión (encuesta)</translation>
        </message>
        <message>
            <source>Sessions of the year</source>
            <translation>Sesiones del año</translation>
        </message>
        <message>
            <source>Meetings under Decreto 1.107</source>
            <translation>Reuniones según el Decreto 1.107</translation>
        </message>
        <message>
            <source>Each session's modality and length in pedagogical hours of 45 minutes (its agenda with the presentations of its programme), and each month against the allowance of {hours} hours.</source>
            <translation>Modalidad y duración de cada sesión en horas pedagógicas de 45 minutos (su tabla con las presentaciones de su programa), y cada mes frente al máximo de {hours} horas.</translation>
        </message>
        <message>
            <source>Per month</source>
            <translation>Por mes</translation>
        </message>
        <message>
            <source>over the allowance</source>
            <translation>sobre el máximo</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Allowance</source>
            <translation>Máximo</translation>
        </message>
        <message>
            <source>Per session</source>
            <translation>Por sesión</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Students by school and level</source>
            <translation>Estudiantes por escuela y nivel</translation>
        </message>
        <message>
            <source>Counts only, as each school recorded them: no student is named.</source>
            <translation>Solo conteos, tal como los registró cada escuela: no se nombra a ningún estudiante.</translation>
        </message>
        <message>
            <source>Attendance by month</source>
            <translation>Asistencia por mes</translation>
        </message>
        <message>
            <source>Shared diagnostics (students per level of achievement)</source>
            <translation>Diagnósticos compartidos (estudiantes por nivel de logro)</translation>
        </message>
        <message>
            <source>Attendance of {level}, {school}: run chart</source>
            <translation>Asistencia de {level}, {school}: gráfico de corrida</translation>
        </message>
        <message>
            <source>Schools and teachers</source>
            <translation>Escuelas y docentes</translation>
        </message>
        <message>
            <source>No school</source>
            <translation>Sin escuela</translation>
        </message>
        <message>
            <source>Attendance by school</source>
            <translation>Asistencia por escuela</translation>
        </message>
        <message>
            <source>RBD {rbd}</source>
            <translation>RBD {rbd}</translation>
        </message>
        <message numerus="yes">
            <source>%n teacher(s)</source>
            <translation>
                <numerusform>%n docente</numerusform>
                <numerusform>%n docentes</numerusform>
            </translation>
        </message>
        <message>
            <source>Presented</source>
            <translation>Presentó</translation>
        </message>
        <message>
            <source>Chose</source>
            <translation>Eligió</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>Aplicó</translation>
        </message>
        <message>
            <source>Exit tickets</source>
            <translation>Tickets de salida</translation>
        </message>
        <message>
            <source>Self-assess.</source>
            <translation>Autoeval.</translation>
        </message>
        <message>
            <source>Summary by school</source>
            <translation>Resumen por escuela</translation>
        </message>
        <message>
            <source>{count} practices presented at the sessions of {year} (goal: {goal}), with their authors and how many colleagues chose to apply them.</source>
            <translation>{count} prácticas presentadas en las sesiones de {year} (meta: {goal}), con sus autores y cuántos colegas eligieron aplicarlas.</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Práctica</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor/a</translation>
        </message>
        <message>
            <source>Chosen by</source>
            <translation>Elegida por</translation>
        </message>
        <message>
            <source>No practices were presented this year yet.</source>
            <translation>Todavía no se han presentado prácticas este año.</translation>
        </message>
        <message>
            <source>What the students said</source>
            <translation>Lo que dijeron los estudiantes</translation>
        </message>
        <message>
            <source>Exit tickets of the year: {count} applications tallied. Shares of the answers to each question (counts only, never names).</source>
            <translation>Tickets de salida del año: {count} aplicaciones tabuladas. Proporción de respuestas a cada pregunta (solo conteos, nunca nombres).</translation>
        </message>
        <message>
            <source>Improvement cycles (PHEA)</source>
            <translation>Ciclos de mejora (PHEA)</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>No data points yet.</source>
            <translation>Todavía no hay datos registrados.</translation>
        </message>
        <message>
            <source>Portfolio of {name}</source>
            <translation>Portafolio de {name}</translation>
        </message>
        <message>
            <source>Practices, applications and self-assessments of a teacher</source>
            <translation>Prácticas, aplicaciones y autoevaluaciones de un/a docente</translation>
        </message>
        <message>
            <source>portfolio</source>
            <translation>portafolio</translation>
        </message>
        <message>
            <source>Teaching portfolio</source>
            <translation>Portafolio docente</translation>
        </message>
        <message>
            <source>Practices recorded</source>
            <translation>Prácticas registradas</translation>
        </message>
        <message>
            <source>Presented at the microcentre</source>
            <translation>Presentadas en el microcentro</translation>
        </message>
        <message>
            <source>Applications of colleagues' practices</source>
            <translation>Aplicaciones de prácticas de colegas</translation>
        </message>
        <message>
            <source>Self-assessments</source>
            <translation>Autoevaluaciones</translation>
        </message>
        <message>
            <source>School year {year}</source>
            <translation>Año escolar {year}</translation>
        </message>
        <message>
            <source>All school years</source>
            <translation>Todos los años escolares</translation>
        </message>
        <message>
            <source>My practices</source>
            <translation>Mis prácticas</translation>
        </message>
        <message>
            <source>No practices recorded yet.</source>
            <translation>Todavía no hay prácticas registradas.</translation>
        </message>
        <message>
            <source>session {number}, {date}</source>
            <translation>sesión {number}, {date}</translation>
        </message>
        <message>
            <source>Subjects</source>
            <translation>Asignaturas</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Presented at</source>
            <translation>Presentada en</translation>
        </message>
        <message>
            <source>Practices presented at the microcentre</source>
            <translation>Prácticas presentadas en el microcentro</translation>
        </message>
        <message>
            <source>Presented at session {number}, {date}</source>
            <translation>Presentada en la sesión {number}, {date}</translation>
        </message>
        <message>
            <source>Colleagues' practices I applied</source>
            <translation>Prácticas de colegas que apliqué</translation>
        </message>
        <message>
            <source>No practices chosen yet.</source>
            <translation>Todavía no has elegido prácticas.</translation>
        </message>
        <message>
            <source>A practice of {author}, chosen on {date}.</source>
            <translation>Práctica de {author}, elegida el {date}.</translation>
        </message>
        <message>
            <source>Not applied yet.</source>
            <translation>Todavía no se ha aplicado.</translation>
        </message>
        <message>
            <source>no exit ticket yet</source>
            <translation>sin ticket de salida todavía</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Estudiantes</translation>
        </message>
        <message>
            <source>Exit ticket (answers)</source>
            <translation>Ticket de salida (respuestas)</translation>
        </message>
        <message>
            <source>No self-assessments written yet.</source>
            <translation>Todavía no hay autoevaluaciones.</translation>
        </message>
        <message>
            <source>Decision: {decision}</source>
            <translation>Decisión: {decision}</translation>
        </message>
        <message>
            <source>{level} of {levels}</source>
            <translation>{level} de {levels}</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>Description of the level</source>
            <translation>Descripción del nivel</translation>
        </message>
        <message>
            <source>Adjustments</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Presencial</translation>
        </message>
        <message>
            <source>Blended</source>
            <translation>Semipresencial</translation>
        </message>
        <message>
            <source>Remote</source>
            <translation>A distancia</translation>
        </message>
        <message>
            <source>Context and purpose</source>
            <extracomment>The 15-minute structure of a presentation (Andalién Sur: at most 15 minutes, with evidence of student performance): (share of the slot, moment, what to show).</extracomment>
            <translation>Contexto y propósito</translation>
        </message>
        <message>
            <source>The class and its levels, the learning objective (OA), why this practice.</source>
            <translation>El curso y sus niveles, el objetivo de aprendizaje (OA), por qué esta práctica.</translation>
        </message>
        <message>
            <source>The practice in action</source>
            <translation>La práctica en acción</translation>
        </message>
        <message>
            <source>The sequence step by step, how each level worked at the same time, the materials.</source>
            <translation>La secuencia paso a paso, cómo trabajó cada nivel al mismo tiempo, los materiales.</translation>
        </message>
        <message>
            <source>Evidence of learning</source>
            <translation>Evidencias de aprendizaje</translation>
        </message>
        <message>
            <source>Photos, worksheets, plans, students' voices: what they learned.</source>
            <translation>Fotos, guías, planificaciones, voces de los estudiantes: qué aprendieron.</translation>
        </message>
        <message>
            <source>Questions and replication</source>
            <translation>Preguntas y réplica</translation>
        </message>
        <message>
            <source>Colleagues ask; what another school would need to apply it.</source>
            <translation>Preguntan los colegas; qué necesitaría otra escuela para aplicarla.</translation>
        </message>
        <message>
            <source>The session was useful for my work.</source>
            <translation>La sesión fue útil para mi trabajo.</translation>
        </message>
        <message>
            <source>I feel prepared to apply what we saw.</source>
            <translation>Me siento preparado/a para aplicar lo que vimos.</translation>
        </message>
        <message>
            <source>I felt trust to voice my doubts.</source>
            <translation>Sentí confianza para plantear mis dudas.</translation>
        </message>
        <message>
            <source>I brought what I learnt in the network into my practice.</source>
            <translation>Incorporé en mi práctica pedagógica lo que aprendí en la red.</translation>
        </message>
        <message>
            <source>Strongly disagree</source>
            <translation>Muy en desacuerdo</translation>
        </message>
        <message>
            <source>Disagree</source>
            <translation>En desacuerdo</translation>
        </message>
        <message>
            <source>Agree</source>
            <translation>De acuerdo</translation>
        </message>
        <message>
            <source>Strongly agree</source>
            <translation>Muy de acuerdo</translation>
        </message>
        <message>
            <source>Session guide No. {number} · {date}</source>
            <translation>Guía de la sesión N° {number} · {date}</translation>
        </message>
        <message>
            <source>Guide of the microcentre session: {title}</source>
            <translation>Guía de la sesión del microcentro: {title}</translation>
        </message>
        <message>
            <source>microcentre</source>
            <translation>microcentro</translation>
        </message>
        <message>
            <source>session guide</source>
            <translation>guía de la sesión</translation>
        </message>
        <message>
            <source>Session guide</source>
            <translation>Guía de la sesión</translation>
        </message>
        <message>
            <source>Session No. {number} · {date}</source>
            <translation>Sesión N° {number} · {date}</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Modality</source>
            <translation>Modalidad</translation>
        </message>
        <message>
            <source>Focus of the session</source>
            <translation>Foco de la sesión</translation>
        </message>
        <message>
            <source>Coordination</source>
            <translation>Coordinación</translation>
        </message>
        <message>
            <source>Practices presented</source>
            <translation>Prácticas presentadas</translation>
        </message>
        <message numerus="yes">
            <source>%n practice(s)</source>
            <translation>
                <numerusform>%n práctica</numerusform>
                <numerusform>%n prácticas</numerusform>
            </translation>
        </message>
        <message>
            <source>Every teacher presents a classroom practice in at most 15 minutes, with evidence of their students' learning; colleagues evaluate it, and each teacher chooses at least one practice to apply in their school before the next session.</source>
            <translation>Cada docente presenta una práctica de aula en 15 minutos como máximo, con evidencias del aprendizaje de sus estudiantes; los colegas la evalúan, y cada docente elige al menos una práctica para aplicar en su escuela antes de la próxima sesión.</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>{date} · from {start} · {place}</source>
            <translation>{date} · desde las {start} · {place}</translation>
        </message>
        <message>
            <source>place to be confirmed</source>
            <translation>lugar por confirmar</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Horario</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Total: {minutes} minutes ({hours} pedagogical hours of 45 minutes); it ends at {end}.</source>
            <translation>Total: {minutes} minutos ({hours} horas pedagógicas de 45 minutos); termina a las {end}.</translation>
        </message>
        <message>
            <source>The agenda of this session is not written yet.</source>
            <translation>La tabla de esta sesión todavía no está escrita.</translation>
        </message>
        <message>
            <source>Practices to be presented</source>
            <translation>Prácticas que se presentan</translation>
        </message>
        <message>
            <source>Presents</source>
            <translation>Presenta</translation>
        </message>
        <message>
            <source>No practices are on the programme of this session yet.</source>
            <translation>Todavía no hay prácticas en el programa de esta sesión.</translation>
        </message>
        <message>
            <source>Presentation {position}: {title} ({name})</source>
            <translation>Presentación {position}: {title} ({name})</translation>
        </message>
        <message>
            <source>Previous minutes and agreements</source>
            <translation>Acta anterior y acuerdos</translation>
        </message>
        <message>
            <source>Minutes of session No. {number} ({date}), for reading and approval</source>
            <translation>Acta de la sesión N° {number} ({date}), para lectura y aprobación</translation>
        </message>
        <message>
            <source>The minutes of that session were not written.</source>
            <translation>El acta de esa sesión no se escribió.</translation>
        </message>
        <message>
            <source>Approved on {date}.</source>
            <translation>Aprobada el {date}.</translation>
        </message>
        <message>
            <source>Minutes approved:</source>
            <translation>Acta aprobada:</translation>
        </message>
        <message>
            <source>With corrections</source>
            <translation>Con correcciones</translation>
        </message>
        <message>
            <source>Open agreements</source>
            <translation>Acuerdos pendientes</translation>
        </message>
        <message>
            <source>The whole network</source>
            <translation>Toda la red</translation>
        </message>
        <message>
            <source>No. {number}</source>
            <translation>N° {number}</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Plazo</translation>
        </message>
        <message>
            <source>Done?</source>
            <translation>¿Cumplido?</translation>
        </message>
        <message>
            <source>No agreements are open.</source>
            <translation>No hay acuerdos pendientes.</translation>
        </message>
        <message>
            <source>The network since the last session</source>
            <translation>La red desde la última sesión</translation>
        </message>
        <message>
            <source>School year {year}, figures up to {date}. Last session: No. {number}, {when}.</source>
            <translation>Año escolar {year}, datos al {date}. Última sesión: N° {number}, {when}.</translation>
        </message>
        <message>
            <source>School year {year}, figures up to {date}. This is the first session of the year.</source>
            <translation>Año escolar {year}, datos al {date}. Esta es la primera sesión del año.</translation>
        </message>
        <message>
            <source>At the last session</source>
            <translation>En la última sesión</translation>
        </message>
        <message>
            <source>Chose a practice</source>
            <translation>Eligieron práctica</translation>
        </message>
        <message>
            <source>Found it useful</source>
            <translation>La encontraron útil</translation>
        </message>
        <message>
            <source>Feel prepared</source>
            <translation>Se sienten preparados</translation>
        </message>
        <message>
            <source>Since then</source>
            <translation>Desde entonces</translation>
        </message>
        <message>
            <source>Applications recorded</source>
            <translation>Aplicaciones registradas</translation>
        </message>
        <message>
            <source>Self-assessments written</source>
            <translation>Autoevaluaciones escritas</translation>
        </message>
        <message>
            <source>The school year so far</source>
            <translation>El año escolar hasta ahora</translation>
        </message>
        <message>
            <source>What the students said (exit tickets)</source>
            <translation>Lo que dijeron los estudiantes (tickets de salida)</translation>
        </message>
        <message>
            <source>Presentation {position} of {count} · {minutes} minutes · presents {name}</source>
            <translation>Presentación {position} de {count} · {minutes} minutos · presenta {name}</translation>
        </message>
        <message>
            <source>{position}. {title}</source>
            <translation>{position}. {title}</translation>
        </message>
        <message>
            <source>min {start}–{end}</source>
            <translation>min {start}–{end}</translation>
        </message>
        <message>
            <source>Structure of the presentation ({minutes} minutes)</source>
            <translation>Estructura de la presentación ({minutes} minutos)</translation>
        </message>
        <message>
            <source>Evaluation forms</source>
            <translation>Pautas de evaluación</translation>
        </message>
        <message>
            <source>Evaluation of presentation {position}</source>
            <translation>Evaluación de la presentación {position}</translation>
        </message>
        <message>
            <source>Evaluation {position}: {title}</source>
            <translation>Evaluación {position}: {title}</translation>
        </message>
        <message>
            <source>Presented by {name} · {school}</source>
            <translation>Presenta {name} · {school}</translation>
        </message>
        <message>
            <source>Your name (optional)</source>
            <translation>Tu nombre (opcional)</translation>
        </message>
        <message>
            <source>Your school</source>
            <translation>Tu escuela</translation>
        </message>
        <message>
            <source>Strengths of the practice</source>
            <translation>Fortalezas de la práctica</translation>
        </message>
        <message>
            <source>What worked? What would you keep?</source>
            <translation>¿Qué funcionó? ¿Qué mantendrías?</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>Sugerencias</translation>
        </message>
        <message>
            <source>What could make it better for a multigrade class?</source>
            <translation>¿Qué la mejoraría para un curso multigrado?</translation>
        </message>
        <message>
            <source>Could you replicate it in your school?</source>
            <translation>¿Podrías replicarla en tu escuela?</translation>
        </message>
        <message>
            <source>Tick one box per statement. The survey is anonymous: do not write your name.</source>
            <translation>Marca un casillero por afirmación. La encuesta es anónima: no escribas tu nombre.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>What would you adjust for your class?</source>
            <translation>¿Qué ajustarías para tu curso?</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <source>Evaluation of the presentations · {name}</source>
            <translation>Evaluación de las presentaciones · {name}</translation>
        </message>
        <message>
            <source>Evaluation: {name}</source>
            <translation>Evaluación: {name}</translation>
        </message>
        <message>
            <source>{position}. {title} · presents {name}</source>
            <translation>{position}. {title} · presenta {name}</translation>
        </message>
        <message>
            <source>Choice of practices to apply</source>
            <translation>Hoja de elección de prácticas</translation>
        </message>
        <message>
            <source>Each teacher ticks at least one practice presented today that they will apply in their school before the next session, and then records its exit ticket and self-assessment.</source>
            <translation>Cada docente marca al menos una práctica presentada hoy que aplicará en su escuela antes de la próxima sesión, y luego registra su ticket de salida y su autoevaluación.</translation>
        </message>
        <message>
            <source>Attendance sheet</source>
            <translation>Hoja de asistencia</translation>
        </message>
        <message>
            <source>Session No. {number} · {date} · {place}</source>
            <translation>Sesión N° {number} · {date} · {place}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Signature of the coordinator</source>
            <translation>Firma de quien coordina</translation>
        </message>
        <message>
            <source>Satisfaction survey</source>
            <translation>Encuesta de satisfacción</translation>
        </message>
        <message>
            <source>Learning objectives (OA)</source>
            <translation>Objetivos de aprendizaje (OA)</translation>
        </message>
        <message>
            <source>Duration in class</source>
            <translation>Duración en clases</translation>
        </message>
        <message>
            <source>{minutes} minutes</source>
            <translation>{minutes} minutos</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Multigrade strategy</source>
            <translation>Estrategia multigrado</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>Materiales</translation>
        </message>
        <message>
            <source>Other evidence files: {names}</source>
            <translation>Otros archivos de evidencia: {names}</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>Observation follow-up · {name}</source>
            <translation>Seguimiento de la observación · {name}</translation>
        </message>
        <message>
            <source>A follow-up observation compared with the first one</source>
            <translation>Una observación de seguimiento comparada con la primera</translation>
        </message>
        <message>
            <source>observation</source>
            <translation>observación</translation>
        </message>
        <message>
            <source>First observation</source>
            <translation>Primera observación</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Focus</source>
            <translation>Foco</translation>
        </message>
        <message>
            <source>Action step agreed</source>
            <translation>Paso de acción acordado</translation>
        </message>
        <message>
            <source>Aspect observed</source>
            <translation>Aspecto observado</translation>
        </message>
        <message>
            <source>First</source>
            <translation>Primera</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>Aspects that went up: {up} · went down: {down}.</source>
            <translation>Aspectos que subieron: {up} · bajaron: {down}.</translation>
        </message>
        <message>
            <source>Strengths now</source>
            <translation>Fortalezas ahora</translation>
        </message>
        <message>
            <source>What could grow next</source>
            <translation>Lo que puede crecer ahora</translation>
        </message>
        <message>
            <source>Next action step</source>
            <translation>Próximo paso de acción</translation>
        </message>
        <message>
            <source>recovery-sheet</source>
            <translation>hoja-de-recuperacion</translation>
        </message>
        <message>
            <source>Territory report {year}</source>
            <extracomment>A goal read as a count ("seven practices a year"): the territory's figure is then the practices shared over the sum of the networks' own goals.</extracomment>
            <translation>Informe territorial {year}</translation>
        </message>
        <message>
            <source>The networks of {territory} side by side in {year}: indicators, sessions and practices shared</source>
            <translation>Las redes de {territory} lado a lado en {year}: indicadores, sesiones y prácticas compartidas</translation>
        </message>
        <message>
            <source>territory report</source>
            <translation>informe territorial</translation>
        </message>
        <message numerus="yes">
            <source>{territory}: %n network(s) reported school year {year}.</source>
            <translation>
                <numerusform>{territory}: %n red informó el año escolar {year}.</numerusform>
                <numerusform>{territory}: %n redes informaron el año escolar {year}.</numerusform>
            </translation>
        </message>
        <message>
            <source>No network has reported this school year yet: the figures appear when the advisors' territory reports are imported.</source>
            <translation>Ninguna red ha informado este año escolar todavía: las cifras aparecen cuando se importan los informes territoriales de los asesores.</translation>
        </message>
        <message>
            <source>networks</source>
            <translation>redes</translation>
        </message>
        <message numerus="yes">
            <source>%n advisor(s)</source>
            <translation>
                <numerusform>%n asesora</numerusform>
                <numerusform>%n asesoras</numerusform>
            </translation>
        </message>
        <message>
            <source>sessions held</source>
            <translation>sesiones realizadas</translation>
        </message>
        <message numerus="yes">
            <source>of %n planned</source>
            <translation>
                <numerusform>de %n planificada</numerusform>
                <numerusform>de %n planificadas</numerusform>
            </translation>
        </message>
        <message>
            <source>hours of sessions</source>
            <translation>horas de sesiones</translation>
        </message>
        <message numerus="yes">
            <source>%n school(s)</source>
            <translation>
                <numerusform>%n escuela</numerusform>
                <numerusform>%n escuelas</numerusform>
            </translation>
        </message>
        <message>
            <source>practices shared</source>
            <translation>prácticas compartidas</translation>
        </message>
        <message>
            <source>The territory against the goals</source>
            <translation>El territorio frente a las metas</translation>
        </message>
        <message>
            <source>Each figure is the sum of the networks' numerators over the sum of their denominators, measured as the seed network measured its goal.</source>
            <translation>Cada cifra es la suma de los numeradores de las redes sobre la suma de sus denominadores, medida como la red de referencia midió su meta.</translation>
        </message>
        <message numerus="yes">
            <source>%n of {measured}</source>
            <translation>
                <numerusform>%n de {measured}</numerusform>
                <numerusform>%n de {measured}</numerusform>
            </translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Territorio</translation>
        </message>
        <message>
            <source>Goal (source)</source>
            <translation>Meta (fuente)</translation>
        </message>
        <message>
            <source>Networks reaching it</source>
            <translation>Redes que la alcanzan</translation>
        </message>
        <message numerus="yes">
            <source>%n per network and year</source>
            <translation>
                <numerusform>%n por red y año</numerusform>
                <numerusform>%n por red y año</numerusform>
            </translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Red</translation>
        </message>
        <message>
            <source>Commune</source>
            <translation>Comuna</translation>
        </message>
        <message>
            <source>Practices</source>
            <translation>Prácticas</translation>
        </message>
        <message>
            <source>The networks side by side</source>
            <translation>Las redes lado a lado</translation>
        </message>
        <message>
            <source>{held} of {planned}</source>
            <translation>{held} de {planned}</translation>
        </message>
        <message>
            <source>Indicators of each network</source>
            <extracomment>Indicators per table: more would squeeze their names into broken words.</extracomment>
            <translation>Indicadores de cada red</translation>
        </message>
        <message>
            <source>Each cell: the share, and below it the numerator and denominator the network reported. A dash: nothing measured.</source>
            <translation>Cada celda: el porcentaje y, debajo, el numerador y el denominador que informó la red. Una raya: nada medido.</translation>
        </message>
        <message numerus="yes">
            <source>%n practice(s) their authors shared with their network in {year}.</source>
            <translation>
                <numerusform>%n práctica que su autor compartió con su red en {year}.</numerusform>
                <numerusform>%n prácticas que sus autores compartieron con su red en {year}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continúan</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>Satisfechos</translation>
        </message>
        <message>
            <source>{name} (no longer reports)</source>
            <translation>{name} (ya no informa)</translation>
        </message>
        <message>
            <source>The territory</source>
            <translation>El territorio</translation>
        </message>
    </context>
    <context>
        <name>sync</name>
        <message>
            <source>Collecting the records to send</source>
            <translation>Reuniendo los registros que se enviarán</translation>
        </message>
        <message>
            <source>Encrypting the bundle</source>
            <translation>Cifrando el paquete</translation>
        </message>
        <message>
            <source>Decrypting the bundle</source>
            <translation>Descifrando el paquete</translation>
        </message>
        <message>
            <source>Checking every record</source>
            <translation>Revisando cada registro</translation>
        </message>
        <message>
            <source>Saving the records</source>
            <translation>Guardando los registros</translation>
        </message>
    </context>
    <context>
        <name>territory</name>
        <message>
            <source>the names of teachers and other members</source>
            <translation>los nombres de las y los docentes y demás integrantes</translation>
        </message>
        <message>
            <source>e-mail addresses</source>
            <translation>las direcciones de correo</translation>
        </message>
        <message>
            <source>self-assessments</source>
            <translation>las autoevaluaciones</translation>
        </message>
        <message>
            <source>observation notes and their replies</source>
            <translation>las notas de observación y sus respuestas</translation>
        </message>
        <message>
            <source>survey answers and comments (only the counts travel)</source>
            <translation>las respuestas y comentarios de las encuestas (solo viajan los conteos)</translation>
        </message>
        <message>
            <source>private practices and practices shared with the advisor only</source>
            <translation>las prácticas privadas y las compartidas solo con la asesora</translation>
        </message>
        <message>
            <source>evidence files (photos, documents, audio, video)</source>
            <translation>los archivos de evidencia (fotos, documentos, audio, video)</translation>
        </message>
        <message>
            <source>session minutes, agreements and attendance notes</source>
            <translation>las actas de sesión, los acuerdos y las notas de asistencia</translation>
        </message>
        <message>
            <source>the students' figures</source>
            <translation>las cifras de las y los estudiantes</translation>
        </message>
    </context>
    <context>
        <name>vocab</name>
        <message>
            <source>NT1 (pre-kindergarten)</source>
            <translation>NT1 (prekínder)</translation>
        </message>
        <message>
            <source>NT2 (kindergarten)</source>
            <translation>NT2 (kínder)</translation>
        </message>
        <message>
            <source>1st grade</source>
            <translation>1° básico</translation>
        </message>
        <message>
            <source>2nd grade</source>
            <translation>2° básico</translation>
        </message>
        <message>
            <source>3rd grade</source>
            <translation>3° básico</translation>
        </message>
        <message>
            <source>4th grade</source>
            <translation>4° básico</translation>
        </message>
        <message>
            <source>5th grade</source>
            <translation>5° básico</translation>
        </message>
        <message>
            <source>6th grade</source>
            <translation>6° básico</translation>
        </message>
        <message>
            <source>7th grade</source>
            <translation>7° básico</translation>
        </message>
        <message>
            <source>8th grade</source>
            <translation>8° básico</translation>
        </message>
        <message>
            <source>Language and Communication</source>
            <translation>Lenguaje y Comunicación</translation>
        </message>
        <message>
            <source>Mathematics</source>
            <translation>Matemática</translation>
        </message>
        <message>
            <source>Natural Sciences</source>
            <translation>Ciencias Naturales</translation>
        </message>
        <message>
            <source>History, Geography and Social Sciences</source>
            <translation>Historia, Geografía y Ciencias Sociales</translation>
        </message>
        <message>
            <source>Visual Arts</source>
            <translation>Artes Visuales</translation>
        </message>
        <message>
            <source>Music</source>
            <translation>Música</translation>
        </message>
        <message>
            <source>Physical Education and Health</source>
            <translation>Educación Física y Salud</translation>
        </message>
        <message>
            <source>Technology</source>
            <translation>Tecnología</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Orientación</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Docente</translation>
        </message>
        <message>
            <source>Advisor</source>
            <translation>Asesor/a</translation>
        </message>
        <message>
            <source>School leadership</source>
            <translation>Equipo directivo</translation>
        </message>
        <message>
            <source>Territory coordinator</source>
            <translation>Coordinación territorial</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <source>Ready to share</source>
            <translation>Lista para compartir</translation>
        </message>
        <message>
            <source>Presented</source>
            <translation>Presentada</translation>
        </message>
        <message>
            <source>Only me</source>
            <translation>Solo yo</translation>
        </message>
        <message>
            <source>Me and the advisor</source>
            <translation>Yo y el asesor/a</translation>
        </message>
        <message>
            <source>The whole microcentre</source>
            <translation>Todo el microcentro</translation>
        </message>
        <message>
            <source>microcentres</source>
            <translation>microcentros</translation>
        </message>
        <message>
            <source>schools</source>
            <translation>escuelas</translation>
        </message>
        <message>
            <source>people</source>
            <translation>personas</translation>
        </message>
        <message>
            <source>sessions</source>
            <translation>sesiones</translation>
        </message>
        <message>
            <source>presentations</source>
            <translation>presentaciones</translation>
        </message>
        <message>
            <source>attendance records</source>
            <translation>registros de asistencia</translation>
        </message>
        <message>
            <source>practices</source>
            <translation>prácticas</translation>
        </message>
        <message>
            <source>practice evaluations</source>
            <translation>evaluaciones de prácticas</translation>
        </message>
        <message>
            <source>adoptions</source>
            <translation>elecciones de prácticas</translation>
        </message>
        <message>
            <source>applications</source>
            <translation>aplicaciones</translation>
        </message>
        <message>
            <source>exit-ticket tallies</source>
            <translation>conteos de tickets de salida</translation>
        </message>
        <message>
            <source>self-assessments</source>
            <translation>autoevaluaciones</translation>
        </message>
        <message>
            <source>readers of observation notes</source>
            <translation>lectores de notas de observación</translation>
        </message>
        <message>
            <source>observation notes</source>
            <translation>registros de observación</translation>
        </message>
        <message>
            <source>observation replies</source>
            <translation>respuestas a observaciones</translation>
        </message>
        <message>
            <source>improvement cycles</source>
            <translation>ciclos de mejora</translation>
        </message>
        <message>
            <source>satisfaction responses</source>
            <translation>respuestas de satisfacción</translation>
        </message>
        <message>
            <source>anonymous survey answers</source>
            <translation>respuestas anónimas de encuesta</translation>
        </message>
        <message>
            <source>students' figures per school and level</source>
            <translation>cifras de estudiantes por escuela y nivel</translation>
        </message>
        <message>
            <source>templates</source>
            <translation>plantillas</translation>
        </message>
        <message>
            <source>attachments</source>
            <translation>archivos adjuntos</translation>
        </message>
        <message>
            <source>year plans</source>
            <translation>planes anuales</translation>
        </message>
        <message>
            <source>agreements</source>
            <translation>acuerdos</translation>
        </message>
        <message>
            <source>erasures of personal data</source>
            <translation>borrados de datos personales</translation>
        </message>
    </context>
    <context>
        <name>warnings</name>
        <message>
            <source>The agenda takes {minutes} minutes, more than the monthly allowance of {hours} pedagogical hours ({allowance} minutes).</source>
            <translation>La tabla suma {minutes} minutos, más que el máximo mensual de {hours} horas pedagógicas ({allowance} minutos).</translation>
        </message>
        <message>
            <source>With the other sessions of the same month the microcentre meets {minutes} minutes, more than the monthly allowance of {hours} pedagogical hours ({allowance} minutes).</source>
            <translation>Con las otras sesiones del mismo mes, el microcentro se reúne {minutes} minutos, más que el máximo mensual de {hours} horas pedagógicas ({allowance} minutos).</translation>
        </message>
        <message>
            <source>The presentation '{title}' takes {minutes} minutes; a presentation slot is at most {max} minutes.</source>
            <translation>La presentación «{title}» dura {minutes} minutos; cada presentación dura como máximo {max} minutos.</translation>
        </message>
    </context>
    <context>
        <name>year</name>
        <message>
            <source>Día del Trabajo</source>
            <extracomment>Wednesday (Monday is 0). A typo guard (the schema's bound on `breaks`).</extracomment>
            <translation>Día del Trabajo</translation>
        </message>
        <message>
            <source>Día de las Glorias Navales</source>
            <translation>Día de las Glorias Navales</translation>
        </message>
        <message>
            <source>Virgen del Carmen</source>
            <translation>Virgen del Carmen</translation>
        </message>
        <message>
            <source>Asunción de la Virgen</source>
            <translation>Asunción de la Virgen</translation>
        </message>
        <message>
            <source>Fiestas Patrias</source>
            <translation>Fiestas Patrias</translation>
        </message>
        <message>
            <source>Glorias del Ejército</source>
            <translation>Glorias del Ejército</translation>
        </message>
        <message>
            <source>Día de las Iglesias Evangélicas</source>
            <translation>Día de las Iglesias Evangélicas</translation>
        </message>
        <message>
            <source>Día de Todos los Santos</source>
            <translation>Día de Todos los Santos</translation>
        </message>
        <message>
            <source>Inmaculada Concepción</source>
            <translation>Inmaculada Concepción</translation>
        </message>
        <message>
            <source>Vacaciones de invierno</source>
            <translation>Vacaciones de invierno</translation>
        </message>
    </context>
</TS>
