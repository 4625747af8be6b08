<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro">
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Nu</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Da</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Ajutor</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Deschide</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Salvează</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Abandonează</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Aplică</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Închide</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Resetează</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Reîncearcă</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Restabilește valorile implicite</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Renunță</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Ignoră</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Nu la &amp;toate</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Salvează tot</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Nu salva</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>D&amp;a la toate</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <source>Top</source>
      <translation>Sus</translation>
    </message>
    <message>
      <source>Scroll down</source>
      <translation>Derulează în jos</translation>
    </message>
    <message>
      <source>Scroll here</source>
      <translation>Derulează aici</translation>
    </message>
    <message>
      <source>Scroll left</source>
      <translation>Derulează la stânga</translation>
    </message>
    <message>
      <source>Bottom</source>
      <translation>Jos</translation>
    </message>
    <message>
      <source>Page up</source>
      <translation>Pagina anterioară</translation>
    </message>
    <message>
      <source>Page right</source>
      <translation>Pagină la dreapta</translation>
    </message>
    <message>
      <source>Scroll up</source>
      <translation>Derulează în sus</translation>
    </message>
    <message>
      <source>Scroll right</source>
      <translation>Derulează la dreapta</translation>
    </message>
    <message>
      <source>Left edge</source>
      <translation>Marginea din stânga</translation>
    </message>
    <message>
      <source>Page down</source>
      <translation>Pagina următoare</translation>
    </message>
    <message>
      <source>Page left</source>
      <translation>Pagină la stânga</translation>
    </message>
    <message>
      <source>Right edge</source>
      <translation>Marginea din dreapta</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>Back</source>
      <translation>Înapoi</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fișier</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Deschide</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Deschide</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Salvează</translation>
    </message>
    <message>
      <source>Alias</source>
      <translation>Alias</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Unitate</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Fișiere</translation>
    </message>
    <message>
      <source>Show </source>
      <translation>Afișează </translation>
    </message>
    <message>
      <source>'%1' is write protected.
Do you want to delete it anyway?</source>
      <translation>„%1” este protejat la scriere.
Doriți totuși să îl ștergeți?</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>Sigur doriți să ștergeți „%1”?</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Lista de locuri și semne de carte</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>&amp;Nume fișier:</translation>
    </message>
    <message>
      <source>Alt+Left</source>
      <translation>Alt+Left</translation>
    </message>
    <message>
      <source>Alt+Up</source>
      <translation>Alt+Up</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Dosar de fișiere</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Șterge</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Dosar nou</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Dosar</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Dosarul părinte</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>Dosar &amp;nou</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Elimină</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Calculatorul meu</translation>
    </message>
    <message>
      <source>Look in:</source>
      <translation>Caută în:</translation>
    </message>
    <message>
      <source>Alt+Right</source>
      <translation>Alt+Right</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Creează un dosar nou</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>Fișier %1</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Fișiere de tipul:</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Caută un dosar</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Afișează fișierele &amp;ascunse</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Salvează ca</translation>
    </message>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
Dosarul nu a fost găsit.
Verificați dacă ați introdus corect numele dosarului.</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Bară laterală</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Vizualizare listă</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Alege</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>Ș&amp;terge</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Toate fișierele (*)</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Toate fișierele (*)</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Dosare</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Redenumește</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>Dosarul nu a putut fi șters.</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Dosar:</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Necunoscut</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 există deja.
Doriți să îl înlocuiți?</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Înainte</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>Mergi înainte</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Mergi la dosarul părinte</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Locuri recente</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Mergi înapoi</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Comută la vizualizarea detaliată</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Creează un dosar nou</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Scurtătură</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Vizualizare detaliată</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
Fișierul nu a fost găsit.
Verificați dacă ați introdus corect numele fișierului.</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Comută la vizualizarea sub formă de listă</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Taie</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Copiază</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Refă</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Anulează</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Lipește</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Șterge</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Selectează tot</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Taie</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Copiază</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Refă</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Anulează</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Lipește</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Șterge</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Selectează tot</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Copiază a&amp;dresa legăturii</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Kind</source>
      <translation>Fel</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nume</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Dimensiune</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Tip</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Calculatorul meu</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Calculator</translation>
    </message>
    <message>
      <source>Invalid filename</source>
      <translation>Nume de fișier nevalid</translation>
    </message>
    <message>
      <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
      <translation>&lt;b&gt;Numele „%1” nu poate fi folosit.&lt;/b&gt;&lt;p&gt;Încercați alt nume, cu mai puține caractere sau fără semne de punctuație.</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Data modificării</translation>
    </message>
  </context>
  <context>
    <name>QDockWidget</name>
    <message>
      <source>Close</source>
      <translation>Închide</translation>
    </message>
    <message>
      <source>Float</source>
      <translation>Detașează</translation>
    </message>
    <message>
      <source>Undocks and re-attaches the dock widget</source>
      <translation>Detașează și reatașează panoul andocabil</translation>
    </message>
    <message>
      <source>Closes the dock widget</source>
      <translation>Închide panoul andocabil</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>Afișează detaliile...</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>Despre Qt</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Ascunde detaliile...</translation>
    </message>
    <message>
      <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Despre Qt&lt;/h3&gt;&lt;p&gt;Acest program folosește Qt versiunea %1.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href="http://%2/"&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href="http://%3/"&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Qt este un set de instrumente C++ pentru dezvoltarea de aplicații multiplatformă.&lt;/p&gt;&lt;p&gt;Qt oferă portabilitate dintr-o singură sursă pe toate sistemele de operare desktop importante. Este disponibil și pentru Linux încorporat și pentru alte sisteme de operare încorporate și mobile.&lt;/p&gt;&lt;p&gt;Qt este disponibil în mai multe variante de licențiere, concepute pentru a răspunde nevoilor diverșilor noștri utilizatori.&lt;/p&gt;&lt;p&gt;Qt licențiat conform acordului nostru de licență comercială este potrivit pentru dezvoltarea de software proprietar/comercial, atunci când nu doriți să partajați codul sursă cu terți sau nu puteți respecta în alt mod termenii GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licențiat sub GNU (L)GPL este potrivit pentru dezvoltarea de aplicații&amp;nbsp;Qt, cu condiția să puteți respecta termenii și condițiile licențelor respective.&lt;/p&gt;&lt;p&gt;Consultați &lt;a href="http://%2/"&gt;%2&lt;/a&gt; pentru o prezentare generală a licențierii Qt.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd și alți contribuitori.&lt;/p&gt;&lt;p&gt;Qt și sigla Qt sunt mărci comerciale ale The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt este un produs al The Qt Company Ltd, dezvoltat ca proiect open source. Consultați &lt;a href="http://%3/"&gt;%3&lt;/a&gt; pentru mai multe informații.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
      <source>RLE Start of right-to-left embedding</source>
      <translation>RLE Început de încorporare de la dreapta la stânga</translation>
    </message>
    <message>
      <source>ZWSP Zero width space</source>
      <translation>ZWSP Spațiu de lățime zero</translation>
    </message>
    <message>
      <source>LRI Left-to-right isolate</source>
      <translation>LRI Izolare de la stânga la dreapta</translation>
    </message>
    <message>
      <source>Insert Unicode control character</source>
      <translation>Inserează un caracter de control Unicode</translation>
    </message>
    <message>
      <source>LRO Start of left-to-right override</source>
      <translation>LRO Început de suprascriere de la stânga la dreapta</translation>
    </message>
    <message>
      <source>LRE Start of left-to-right embedding</source>
      <translation>LRE Început de încorporare de la stânga la dreapta</translation>
    </message>
    <message>
      <source>RLI Right-to-left isolate</source>
      <translation>RLI Izolare de la dreapta la stânga</translation>
    </message>
    <message>
      <source>RLM Right-to-left mark</source>
      <translation>RLM Marcaj de la dreapta la stânga</translation>
    </message>
    <message>
      <source>PDF Pop directional formatting</source>
      <translation>PDF Sfârșit de formatare direcțională</translation>
    </message>
    <message>
      <source>ZWNJ Zero width non-joiner</source>
      <translation>ZWNJ Separator de lățime zero</translation>
    </message>
    <message>
      <source>RLO Start of right-to-left override</source>
      <translation>RLO Început de suprascriere de la dreapta la stânga</translation>
    </message>
    <message>
      <source>PDI Pop directional isolate</source>
      <translation>PDI Sfârșit de izolare direcțională</translation>
    </message>
    <message>
      <source>ZWJ Zero width joiner</source>
      <translation>ZWJ Legătură de lățime zero</translation>
    </message>
    <message>
      <source>LRM Left-to-right mark</source>
      <translation>LRM Marcaj de la stânga la dreapta</translation>
    </message>
    <message>
      <source>FSI First strong isolate</source>
      <translation>FSI Izolare după primul caracter puternic</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>Step &amp;down</source>
      <translation>Pas în &amp;jos</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>Pas în &amp;sus</translation>
    </message>
    <message>
      <source>&amp;Select All</source>
      <translation>S&amp;electează tot</translation>
    </message>
  </context>
  <context>
    <name>QInputDialog</name>
    <message>
      <source>Enter a value:</source>
      <translation>Introduceți o valoare:</translation>
    </message>
  </context>
  <context>
    <name>QTabBar</name>
    <message>
      <source>Scroll Left</source>
      <translation>Derulează la stânga</translation>
    </message>
    <message>
      <source>Scroll Right</source>
      <translation>Derulează la dreapta</translation>
    </message>
  </context>
  <context>
    <name>QProgressDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Renunță</translation>
    </message>
  </context>
</TS>
