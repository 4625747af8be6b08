<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>liaison::ChartFactory</name>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::DetailPane</name>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %Ln countries</source>
        <translation>
            <numerusform>more than %Ln country</numerusform>
            <numerusform>more than %Ln countries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agencies</source>
        <translation>
            <numerusform>%Ln agency</numerusform>
            <numerusform>%Ln agencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln projects and programmes</source>
        <translation>
            <numerusform>%Ln project or programme</numerusform>
            <numerusform>%Ln projects and programmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreements</source>
        <translation>
            <numerusform>%Ln agreement</numerusform>
            <numerusform>%Ln agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants in training events recorded.</source>
        <translation>
            <numerusform>%Ln participant in training events recorded.</numerusform>
            <numerusform>%Ln participants in training events recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants, including the projects under it</source>
        <translation>
            <numerusform>%Ln participant, including the projects under it</numerusform>
            <numerusform>%Ln participants, including the projects under it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln roles of agencies in projects</source>
        <translation>
            <numerusform>%Ln role of an agency in a project</numerusform>
            <numerusform>%Ln roles of agencies in projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries attending events</source>
        <translation>
            <numerusform>%Ln country attending events</numerusform>
            <numerusform>%Ln countries attending events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln panels</source>
        <translation>
            <numerusform>%Ln panel</numerusform>
            <numerusform>%Ln panels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln presentations</source>
        <translation>
            <numerusform>%Ln presentation</numerusform>
            <numerusform>%Ln presentations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participation counts</source>
        <translation>
            <numerusform>%Ln participation count</numerusform>
            <numerusform>%Ln participation counts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reported totals</source>
        <translation>
            <numerusform>%Ln reported total</numerusform>
            <numerusform>%Ln reported totals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln records of %1 are listed.</source>
        <translation>
            <numerusform>The first %Ln record of %1 is listed.</numerusform>
            <numerusform>The first %Ln records of %1 are listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %Ln are shown.</source>
        <translation>
            <numerusform>The first %1 of %Ln is shown.</numerusform>
            <numerusform>The first %1 of %Ln are shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::ImportDialog</name>
    <message numerus="yes">
        <source>Nothing was imported: %n problems in %1.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem in %1.</numerusform>
            <numerusform>Nothing was imported: %n problems in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported: %n problems. Nothing will be written until they are fixed.</source>
        <translation>
            <numerusform>%1 cannot be imported: %n problem. Nothing will be written until it is fixed.</numerusform>
            <numerusform>%1 cannot be imported: %n problems. Nothing will be written until they are fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln rows of training participation, ready to import. The whole file is imported at once, or nothing.</source>
        <translation>
            <numerusform>%1: %Ln row of training participation, ready to import. The whole file is imported at once, or nothing.</numerusform>
            <numerusform>%1: %Ln rows of training participation, ready to import. The whole file is imported at once, or nothing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::MainWindow</name>
    <message numerus="yes">
        <source>%n agencies</source>
        <translation>
            <numerusform>%n agency</numerusform>
            <numerusform>%n agencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects and programmes</source>
        <translation>
            <numerusform>%n project or programme</numerusform>
            <numerusform>%n projects and programmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records found</source>
        <translation>
            <numerusform>%n record found</numerusform>
            <numerusform>%n records found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participation records</source>
        <translation>
            <numerusform>%Ln participation record</numerusform>
            <numerusform>%Ln participation records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln roles of agencies in projects</source>
        <translation>
            <numerusform>%Ln role of an agency in a project</numerusform>
            <numerusform>%Ln roles of agencies in projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln panels</source>
        <translation>
            <numerusform>%Ln panel</numerusform>
            <numerusform>%Ln panels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln presentations</source>
        <translation>
            <numerusform>%Ln presentation</numerusform>
            <numerusform>%Ln presentations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attending countries</source>
        <translation>
            <numerusform>%Ln attending country</numerusform>
            <numerusform>%Ln attending countries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reported totals</source>
        <translation>
            <numerusform>%Ln reported total</numerusform>
            <numerusform>%Ln reported totals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agencies</source>
        <translation>
            <numerusform>%Ln agency</numerusform>
            <numerusform>%Ln agencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln projects and programmes</source>
        <translation>
            <numerusform>%Ln project or programme</numerusform>
            <numerusform>%Ln projects and programmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreements</source>
        <translation>
            <numerusform>%Ln agreement</numerusform>
            <numerusform>%Ln agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other records</source>
        <translation>
            <numerusform>%Ln other record</numerusform>
            <numerusform>%Ln other records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln rows from %1.</source>
        <translation>
            <numerusform>Imported %Ln row from %1.</numerusform>
            <numerusform>Imported %Ln rows from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::ParticipationImport</name>
    <message numerus="yes">
        <source>%n more problems are not listed.</source>
        <translation>
            <numerusform>%n more problem is not listed.</numerusform>
            <numerusform>%n more problems are not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::RecordEditor</name>
    <message numerus="yes">
        <source>The source “%1” is cited by %n record(s); give them another source before deleting it.</source>
        <translation>
            <numerusform>The source “%1” is cited by %n record; give it another source before deleting the source.</numerusform>
            <numerusform>The source “%1” is cited by %n records; give them another source before deleting it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) still refer to this record, so it cannot be deleted.</source>
        <translation>
            <numerusform>%n other record still refers to this record, so it cannot be deleted.</numerusform>
            <numerusform>%n other records still refer to this record, so it cannot be deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::RecordTreeModel</name>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
</TS>
