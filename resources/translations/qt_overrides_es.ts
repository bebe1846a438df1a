<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Minga's wording over Qt's own Spanish (qtbase_es): "archivo" and "carpeta" as
     said in Chile, and "tú". Loaded after qtbase_es, so these win; everything else in
     Qt's dialogs comes from qtbase_es. Not touched by `translations update`. -->
<TS version="2.1" language="es_CL">
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <translation>Carpeta</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>Carpeta</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>Archivo %1</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Acceso directo</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>Alias</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Desconocido</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Buscar en:</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>Buscar en:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Nombre del archivo:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;Tipo de archivo:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Tipo de archivo:</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
No se encontró el archivo.
Revisa que el nombre esté bien escrito.</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>El archivo %1 ya existe.
¿Quieres reemplazarlo?</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
No se encontró la carpeta.
Revisa que el nombre esté bien escrito.</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>¿Seguro que quieres eliminar «%1»?</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>«%1» está protegido contra escritura.
¿Quieres eliminarlo de todos modos?</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>No se pudo eliminar la carpeta.</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Carpeta:</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Elegir carpeta</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Carpeta superior</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Ir a la carpeta superior</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Mostrar archivos &amp;ocultos</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Invalid filename</source>
            <translation>Nombre de archivo no válido</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>Print To File ...</source>
            <translation>Imprimir en un archivo…</translation>
        </message>
        <message>
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>%1 es una carpeta.
Elige otro nombre de archivo.</translation>
        </message>
        <message>
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>No se puede escribir en el archivo %1.
Elige otro nombre de archivo.</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <source>Output &amp;file:</source>
            <translation>&amp;Archivo de salida:</translation>
        </message>
    </context>
    <context>
        <name>QIODevice</name>
        <message>
            <source>No such file or directory</source>
            <translation>No existe el archivo o la carpeta</translation>
        </message>
        <message>
            <source>Too many open files</source>
            <translation>Hay demasiados archivos abiertos</translation>
        </message>
    </context>
</TS>
