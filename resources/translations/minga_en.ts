<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>cli</name>
        <message numerus="yes">
            <source>%n practice(s).</source>
            <translation>
                <numerusform>%n practice.</numerusform>
                <numerusform>%n practices.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The check found %n problem(s). Restore a backup or ask for help.</source>
            <translation>
                <numerusform>The check found %n problem. Restore a backup or ask for help.</numerusform>
                <numerusform>The check found %n problems. Restore a backup or ask for help.</numerusform>
            </translation>
        </message>
    </context>
</TS>
