<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CL">
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Minga: unexpected problem</source>
            <extracomment>Older crash logs beyond this many are deleted when a new one is written.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minga ran into an unexpected problem. You can keep working, but if something looks wrong, close Minga and open it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The details were saved in {path}. Copy them and send them to whoever helps you with Minga.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied</source>
            <translation type="unfinished" />
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
        <name>check</name>
        <message>
            <source>Database damage: {detail}</source>
            <translation>Daño en la base de datos: {detail}</translation>
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
            <source>teacher or advisor</source>
            <translation>teacher (docente) o advisor (asesor/a)</translation>
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
            <source>keep the RBD even if its check digit does not match</source>
            <translation>conservar el RBD aunque su dígito verificador no coincida</translation>
        </message>
        <message>
            <source>fill the data folder with demo data</source>
            <translation>llena la carpeta con datos de demostración</translation>
        </message>
        <message>
            <source>small, medium, large or a number of practices</source>
            <translation>small, medium, large o un número de prácticas</translation>
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
            <source>words to find (accents optional)</source>
            <translation>palabras a buscar (con o sin tildes)</translation>
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
            <source>make a backup</source>
            <translation>hace un respaldo</translation>
        </message>
        <message>
            <source>backup file (default: in backups/)</source>
            <translation>archivo de respaldo (por omisión: en backups/)</translation>
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
            <source>open every screen and check it</source>
            <translation>abre cada pantalla y la revisa</translation>
        </message>
        <message>
            <source>save a PNG of each screen here</source>
            <translation>guarda aquí una imagen PNG de cada pantalla</translation>
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
            <source>Problem: {text}</source>
            <translation>Problema: {text}</translation>
        </message>
        <message>
            <source>Note: {text}</source>
            <translation>Nota: {text}</translation>
        </message>
        <message>
            <source>All is well: the database is sound and {n} attachments match their hashes.</source>
            <translation>Todo en orden: la base de datos está sana y {n} archivos adjuntos coinciden con su huella.</translation>
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
            <source>Restored the backup of {date} into {folder}: {rows} records, {files} attachments.</source>
            <translation>Se restauró el respaldo del {date} en {folder}: {rows} registros, {files} archivos adjuntos.</translation>
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
            <source>Minga is not set up in this data folder yet. Run 'minga init' or open the app.</source>
            <translation>Minga aún no está configurada en esta carpeta de datos. Ejecuta 'minga init' o abre la aplicación.</translation>
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
            <source>'{value}' is not an RBD. Write the number and its check digit, like 4478-4.</source>
            <translation>'{value}' no es un RBD. Escribe el número y su dígito verificador, como 4478-4.</translation>
        </message>
        <message>
            <source>The check digit of RBD {value} does not match (módulo 11 gives {expected}). Check it against the school's records; if it is right, confirm it.</source>
            <translation>El dígito verificador del RBD {value} no coincide (el módulo 11 da {expected}). Revísalo en los documentos de la escuela; si está bien, confírmalo.</translation>
        </message>
        <message>
            <source>'{value}' is not a learning objective code. Use the form MA02 OA 03 (subject, grade, objective).</source>
            <translation>'{value}' no es un código de objetivo de aprendizaje. Usa la forma MA02 OA 03 (asignatura, curso, objetivo).</translation>
        </message>
        <message>
            <source>'{value}' is not a level. Use NT1, NT2 or 1° to 8° básico.</source>
            <translation>'{value}' no es un nivel. Usa NT1, NT2 o 1° a 8° básico.</translation>
        </message>
        <message>
            <source>'{value}' is not a subject of the curriculum.</source>
            <translation>'{value}' no es una asignatura del currículum.</translation>
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
            <translation>'{value}' no parece un correo electrónico.</translation>
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
            <translation>{path} no es un respaldo de Minga. No se cambió nada.</translation>
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
            <source>The database {path} is in use by another Minga window or program. Close it and try again.</source>
            <translation>La base de datos {path} está en uso por otra ventana de Minga u otro programa. Ciérralo e inténtalo de nuevo.</translation>
        </message>
        <message>
            <source>The duration must be between 1 and {max} minutes.</source>
            <translation>La duración debe estar entre 1 y {max} minutos.</translation>
        </message>
        <message>
            <source>Unknown status '{value}'.</source>
            <translation>Estado desconocido: '{value}'.</translation>
        </message>
        <message>
            <source>Unknown visibility '{value}'.</source>
            <translation>Visibilidad desconocida: '{value}'.</translation>
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
            <translation>La base de datos {path} está dañada. Restaura un respaldo con 'minga restore' o desde la pantalla Respaldos.</translation>
        </message>
        <message>
            <source>{path} is not a Minga database. Move it aside or restore a backup.</source>
            <translation>{path} no es una base de datos de Minga. Muévela a otra parte o restaura un respaldo.</translation>
        </message>
        <message>
            <source>This database was written by a newer Minga (schema {revision}). Update Minga to open it; it was not changed.</source>
            <translation>Esta base de datos la escribió una versión más nueva de Minga (esquema {revision}). Actualiza Minga para abrirla; no se modificó.</translation>
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
            <source>templates</source>
            <translation>plantillas</translation>
        </message>
        <message>
            <source>attachments</source>
            <translation>archivos adjuntos</translation>
        </message>
    </context>
</TS>
