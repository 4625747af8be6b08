<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt strings that Debian's qtbase_pl.qm lacks; installed under it. -->
<TS version="2.1" language="pl">
  <context>
    <name>QDockWidget</name>
    <message>
      <source>Closes the dock widget</source>
      <translation>Zamyka panel dokowany</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
      <translation>&lt;b&gt;Nazwa „%1” nie może zostać użyta.&lt;/b&gt;&lt;p&gt;Spróbuj użyć innej nazwy, krótszej lub bez znaków interpunkcyjnych.</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href="http://%2/"&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href="http://%3/"&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Qt to zestaw narzędzi C++ do tworzenia aplikacji wieloplatformowych.&lt;/p&gt;&lt;p&gt;Qt zapewnia przenośność jednego kodu źródłowego między wszystkimi głównymi systemami operacyjnymi komputerów stacjonarnych. Jest dostępny także dla wbudowanego Linuksa oraz innych wbudowanych i mobilnych systemów operacyjnych.&lt;/p&gt;&lt;p&gt;Qt jest dostępny na kilku licencjach, dostosowanych do potrzeb różnych użytkowników.&lt;/p&gt;&lt;p&gt;Qt na naszej licencji komercyjnej jest odpowiedni do tworzenia oprogramowania zamkniętego lub komercyjnego, gdy nie chcesz udostępniać kodu źródłowego osobom trzecim albo nie możesz spełnić warunków licencji GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt na licencji GNU (L)GPL jest odpowiedni do tworzenia aplikacji Qt, o ile możesz spełnić warunki odpowiednich licencji.&lt;/p&gt;&lt;p&gt;Przegląd licencji Qt znajdziesz na stronie &lt;a href="http://%2/"&gt;%2&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd i inni współtwórcy.&lt;/p&gt;&lt;p&gt;Qt i logo Qt są znakami towarowymi The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt jest produktem The Qt Company Ltd rozwijanym jako projekt open source. Więcej informacji na stronie &lt;a href="http://%3/"&gt;%3&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
      <source>FSI First strong isolate</source>
      <translation>FSI Izolacja według pierwszego silnego znaku</translation>
    </message>
    <message>
      <source>LRI Left-to-right isolate</source>
      <translation>LRI Izolacja od lewej do prawej</translation>
    </message>
    <message>
      <source>PDI Pop directional isolate</source>
      <translation>PDI Koniec izolacji kierunkowej</translation>
    </message>
    <message>
      <source>RLI Right-to-left isolate</source>
      <translation>RLI Izolacja od prawej do lewej</translation>
    </message>
  </context>
</TS>
