<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ka">
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Abort</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Apply</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Retry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ignore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Discard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <source>Top</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scroll down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scroll here</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scroll left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bottom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Page up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Page right</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scroll up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scroll right</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Left edge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Page down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Page left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Right edge</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Alias</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Drive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'%1' is write protected.
Do you want to delete it anyway?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Alt+Left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Alt+Up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>File Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Parent Directory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>My Computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Look in:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Alt+Right</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Files of type:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Find Directory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save As</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sidebar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>List View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All Files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Directories</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Directory:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forward</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Go forward</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recent Places</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Go back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create New Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shortcut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Detail View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>Cu&amp;t</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select All</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>Cu&amp;t</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>My Computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Invalid filename</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date Modified</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QDockWidget</name>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Float</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undocks and re-attaches the dock widget</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Closes the dock widget</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About Qt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hide Details...</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href="http://%2/"&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href="http://%3/"&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
      <source>RLE Start of right-to-left embedding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ZWSP Zero width space</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>LRI Left-to-right isolate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Insert Unicode control character</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>LRO Start of left-to-right override</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>LRE Start of left-to-right embedding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>RLI Right-to-left isolate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>RLM Right-to-left mark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PDF Pop directional formatting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ZWNJ Zero width non-joiner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>RLO Start of right-to-left override</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PDI Pop directional isolate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ZWJ Zero width joiner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>LRM Left-to-right mark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>FSI First strong isolate</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>Step &amp;down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Select All</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QInputDialog</name>
    <message>
      <source>Enter a value:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QTabBar</name>
    <message>
      <source>Scroll Left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scroll Right</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QProgressDialog</name>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
