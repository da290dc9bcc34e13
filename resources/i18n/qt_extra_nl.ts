<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Words of Qt's own file dialog that Qt's Dutch catalogue (qtbase_nl) leaves in English.
     Installed after qtbase_nl, so Qt's own translations win wherever they exist. -->
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message><source>Look in:</source><translation>&amp;Zoeken in:</translation></message>
    <message><source>Files of type:</source><translation>Bestands&amp;type:</translation></message>
    <message><source>&amp;Look in:</source><translation>&amp;Zoeken in:</translation></message>
    <message><source>Files of &amp;type:</source><translation>Bestands&amp;type:</translation></message>
    <message><source>Back</source><translation>Terug</translation></message>
    <message><source>Forward</source><translation>Vooruit</translation></message>
    <message><source>Parent Directory</source><translation>Bovenliggende map</translation></message>
    <message><source>Create New Folder</source><translation>Nieuwe map maken</translation></message>
    <message><source>List View</source><translation>Lijstweergave</translation></message>
    <message><source>Detail View</source><translation>Detailweergave</translation></message>
    <message><source>Sidebar</source><translation>Zijbalk</translation></message>
    <message><source>Files</source><translation>Bestanden</translation></message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message><source>Folder</source><comment>All other platforms</comment><translation>Map</translation></message>
    <message><source>Drive</source><translation>Station</translation></message>
    <message><source>File</source><translation>Bestand</translation></message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message><source>Computer</source><translation>Computer</translation></message>
</context>
</TS>
