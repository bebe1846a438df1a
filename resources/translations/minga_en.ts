<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>DraftsPrompt</name>
        <message numerus="yes">
            <source>Minga kept %n unfinished form(s) from last time.</source>
            <translation>
                <numerusform>Minga kept %n unfinished form from last time.</numerusform>
                <numerusform>Minga kept %n unfinished forms from last time.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message numerus="yes">
            <source>(%n more)</source>
            <translation>
                <numerusform>(%n more)</numerusform>
                <numerusform>(%n more)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n practice(s) in the network</source>
            <translation>
                <numerusform>%n practice in the network</numerusform>
                <numerusform>%n practices in the network</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PracticeForm</name>
        <message numerus="yes">
            <source>Attaching %n file(s)…</source>
            <translation>
                <numerusform>Attaching %n file…</numerusform>
                <numerusform>Attaching %n files…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) attached.</source>
            <translation>
                <numerusform>%n file attached.</numerusform>
                <numerusform>%n files attached.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PracticesPage</name>
        <message numerus="yes">
            <source>%n practice(s) in the trash</source>
            <translation>
                <numerusform>%n practice in the trash</numerusform>
                <numerusform>%n practices in the trash</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n practice(s)</source>
            <translation>
                <numerusform>%n practice</numerusform>
                <numerusform>%n practices</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SelfTest</name>
        <message numerus="yes">
            <source>Self-test: %n screen(s) checked</source>
            <translation>
                <numerusform>Self-test: %n screen checked</numerusform>
                <numerusform>Self-test: %n screens checked</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed.</source>
            <translation>
                <numerusform>%n failed.</numerusform>
                <numerusform>%n failed.</numerusform>
            </translation>
        </message>
    </context>
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
        <message numerus="yes">
            <source>Split into %n part(s), from {first} to {last}; send them all.</source>
            <translation>
                <numerusform>Split into %n part, from {first} to {last}; send them all.</numerusform>
                <numerusform>Split into %n parts, from {first} to {last}; send them all.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n evidence file(s) received.</source>
            <translation>
                <numerusform>%n evidence file received.</numerusform>
                <numerusform>%n evidence files received.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n presentation(s)</source>
            <translation>
                <numerusform>%n presentation</numerusform>
                <numerusform>%n presentations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s).</source>
            <translation>
                <numerusform>%n session.</numerusform>
                <numerusform>%n sessions.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exit tickets: %n tally(ies)</source>
            <translation>
                <numerusform>Exit tickets: %n tally(ies)</numerusform>
                <numerusform>Exit tickets: %n tally(ies)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n self-assessment(s) pending</source>
            <translation>
                <numerusform>%n self-assessment pending</numerusform>
                <numerusform>%n self-assessments pending</numerusform>
            </translation>
        </message>
    </context>
</TS>
