<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az">
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>Oldu</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>Oldu</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Xeyr</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Bəli</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Yardım</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Aç</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Saxla</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Dayandır</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Tətbiq et</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Bağla</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Sıfırla</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Yenidən cəhd et</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Standart ayarları bərpa et</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Ləğv et</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Nəzərə alma</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Hamısına x&amp;eyr</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Hamısını saxla</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Dəyişiklikləri at</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>&amp;Hamısına bəli</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <source>Top</source>
      <translation>Ən yuxarı</translation>
    </message>
    <message>
      <source>Scroll down</source>
      <translation>Aşağı sürüşdür</translation>
    </message>
    <message>
      <source>Scroll here</source>
      <translation>Bura sürüşdür</translation>
    </message>
    <message>
      <source>Scroll left</source>
      <translation>Sola sürüşdür</translation>
    </message>
    <message>
      <source>Bottom</source>
      <translation>Ən aşağı</translation>
    </message>
    <message>
      <source>Page up</source>
      <translation>Bir səhifə yuxarı</translation>
    </message>
    <message>
      <source>Page right</source>
      <translation>Bir səhifə sağa</translation>
    </message>
    <message>
      <source>Scroll up</source>
      <translation>Yuxarı sürüşdür</translation>
    </message>
    <message>
      <source>Scroll right</source>
      <translation>Sağa sürüşdür</translation>
    </message>
    <message>
      <source>Left edge</source>
      <translation>Sol kənar</translation>
    </message>
    <message>
      <source>Page down</source>
      <translation>Bir səhifə aşağı</translation>
    </message>
    <message>
      <source>Page left</source>
      <translation>Bir səhifə sola</translation>
    </message>
    <message>
      <source>Right edge</source>
      <translation>Sağ kənar</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>Back</source>
      <translation>Geri</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fayl</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Aç</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Aç</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Saxla</translation>
    </message>
    <message>
      <source>Alias</source>
      <translation>Ləqəb</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Disk</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Fayllar</translation>
    </message>
    <message>
      <source>Show </source>
      <translation>Göstər: </translation>
    </message>
    <message>
      <source>'%1' is write protected.
Do you want to delete it anyway?</source>
      <translation>'%1' yazılmaqdan qorunur.
Yenə də silmək istəyirsiniz?</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>'%1' elementini silmək istədiyinizə əminsinizmi?</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Yerlər və əlfəcinlər siyahısı</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>Fayl a&amp;dı:</translation>
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
      <translation>Fayl qovluğu</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Sil</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Yeni qovluq</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Qovluq</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Üst qovluq</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>&amp;Yeni qovluq</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Çıxar</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Kompüterim</translation>
    </message>
    <message>
      <source>Look in:</source>
      <translation>Axtarış yeri:</translation>
    </message>
    <message>
      <source>Alt+Right</source>
      <translation>Alt+Right</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Yeni qovluq yarat</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>%1 faylı</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Fayl növü:</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Qovluq tap</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>&amp;Gizli faylları göstər</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Fərqli saxla</translation>
    </message>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
Qovluq tapılmadı.
Qovluq adının düzgün göstərildiyini yoxlayın.</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Yan panel</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Siyahı görünüşü</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Seç</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Sil</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Bütün fayllar (*)</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Bütün fayllar (*)</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Qovluqlar</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Adını dəyiş</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>Qovluğu silmək mümkün olmadı.</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Qovluq:</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Naməlum</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 artıq mövcuddur.
Onu əvəz etmək istəyirsiniz?</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>İrəli</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>İrəli get</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Üst qovluğa keç</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Son yerlər</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Geri qayıt</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Ətraflı görünüşə keç</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Yeni qovluq yarat</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Qısayol</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Ətraflı görünüş</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
Fayl tapılmadı.
Fayl adının düzgün göstərildiyini yoxlayın.</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Siyahı görünüşünə keç</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>Cu&amp;t</source>
      <translation>Kə&amp;s</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Kopyala</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Təkrarla</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Geri al</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Yapışdır</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Sil</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Hamısını seç</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>Cu&amp;t</source>
      <translation>Kə&amp;s</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Kopyala</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Təkrarla</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Geri al</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Yapışdır</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Sil</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Hamısını seç</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Keçid ü&amp;nvanını kopyala</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Kind</source>
      <translation>Növ</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Ölçü</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Tip</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Kompüterim</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Kompüter</translation>
    </message>
    <message>
      <source>Invalid filename</source>
      <translation>Yanlış fayl adı</translation>
    </message>
    <message>
      <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
      <translation>&lt;b&gt;"%1" adından istifadə etmək olmaz.&lt;/b&gt;&lt;p&gt;Daha az simvoldan ibarət və ya durğu işarələri olmayan başqa ad yoxlayın.</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Dəyişdirilmə tarixi</translation>
    </message>
  </context>
  <context>
    <name>QDockWidget</name>
    <message>
      <source>Close</source>
      <translation>Bağla</translation>
    </message>
    <message>
      <source>Float</source>
      <translation>Ayır</translation>
    </message>
    <message>
      <source>Undocks and re-attaches the dock widget</source>
      <translation>Paneli ayırır və yenidən yerləşdirir</translation>
    </message>
    <message>
      <source>Closes the dock widget</source>
      <translation>Paneli bağlayır</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>Təfərrüatları göstər...</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>Qt haqqında</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Təfərrüatları gizlət...</translation>
    </message>
    <message>
      <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Qt haqqında&lt;/h3&gt;&lt;p&gt;Bu proqram Qt %1 versiyasından istifadə edir.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href="http://%2/"&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href="http://%3/"&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Qt çoxplatformalı tətbiqlərin hazırlanması üçün C++ alətlər dəstidir.&lt;/p&gt;&lt;p&gt;Qt vahid mənbə kodu ilə bütün əsas masaüstü əməliyyat sistemlərində işləməyə imkan verir. O, həmçinin daxili Linux və digər daxili və mobil əməliyyat sistemləri üçün də mövcuddur.&lt;/p&gt;&lt;p&gt;Qt müxtəlif istifadəçilərimizin ehtiyaclarını ödəmək üçün nəzərdə tutulmuş bir neçə lisenziya variantı ilə təqdim olunur.&lt;/p&gt;&lt;p&gt;Kommersiya lisenziya müqaviləmiz əsasında lisenziyalaşdırılmış Qt, mənbə kodunu üçüncü tərəflərlə paylaşmaq istəmədiyiniz və ya başqa səbəbdən GNU (L)GPL şərtlərinə əməl edə bilmədiyiniz mülkiyyətli/kommersiya proqram təminatının hazırlanması üçün uyğundur.&lt;/p&gt;&lt;p&gt;GNU (L)GPL əsasında lisenziyalaşdırılmış Qt, müvafiq lisenziyaların şərtlərinə əməl edə bildiyiniz halda Qt&amp;nbsp;tətbiqlərinin hazırlanması üçün uyğundur.&lt;/p&gt;&lt;p&gt;Qt lisenziyalaşdırılmasının icmalı üçün &lt;a href="http://%2/"&gt;%2&lt;/a&gt; saytına baxın.&lt;/p&gt;&lt;p&gt;Müəllif hüquqları (C) %1 The Qt Company Ltd və digər iştirakçılar.&lt;/p&gt;&lt;p&gt;Qt və Qt loqosu The Qt Company Ltd şirkətinin əmtəə nişanlarıdır.&lt;/p&gt;&lt;p&gt;Qt açıq mənbə layihəsi kimi hazırlanan The Qt Company Ltd məhsuludur. Ətraflı məlumat üçün &lt;a href="http://%3/"&gt;%3&lt;/a&gt; saytına baxın.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
      <source>RLE Start of right-to-left embedding</source>
      <translation>RLE Sağdan sola yerləşdirmənin başlanğıcı</translation>
    </message>
    <message>
      <source>ZWSP Zero width space</source>
      <translation>ZWSP Sıfır enli boşluq</translation>
    </message>
    <message>
      <source>LRI Left-to-right isolate</source>
      <translation>LRI Soldan sağa təcrid</translation>
    </message>
    <message>
      <source>Insert Unicode control character</source>
      <translation>Unicode idarəetmə simvolu daxil et</translation>
    </message>
    <message>
      <source>LRO Start of left-to-right override</source>
      <translation>LRO Soldan sağa üstələmənin başlanğıcı</translation>
    </message>
    <message>
      <source>LRE Start of left-to-right embedding</source>
      <translation>LRE Soldan sağa yerləşdirmənin başlanğıcı</translation>
    </message>
    <message>
      <source>RLI Right-to-left isolate</source>
      <translation>RLI Sağdan sola təcrid</translation>
    </message>
    <message>
      <source>RLM Right-to-left mark</source>
      <translation>RLM Sağdan sola işarəsi</translation>
    </message>
    <message>
      <source>PDF Pop directional formatting</source>
      <translation>PDF İstiqamət formatlamasının sonu</translation>
    </message>
    <message>
      <source>ZWNJ Zero width non-joiner</source>
      <translation>ZWNJ Sıfır enli birləşdirməyən</translation>
    </message>
    <message>
      <source>RLO Start of right-to-left override</source>
      <translation>RLO Sağdan sola üstələmənin başlanğıcı</translation>
    </message>
    <message>
      <source>PDI Pop directional isolate</source>
      <translation>PDI İstiqamət təcridinin sonu</translation>
    </message>
    <message>
      <source>ZWJ Zero width joiner</source>
      <translation>ZWJ Sıfır enli birləşdirici</translation>
    </message>
    <message>
      <source>LRM Left-to-right mark</source>
      <translation>LRM Soldan sağa işarəsi</translation>
    </message>
    <message>
      <source>FSI First strong isolate</source>
      <translation>FSI İlk güclü təcrid</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>Step &amp;down</source>
      <translation>Addım &amp;aşağı</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>Addım &amp;yuxarı</translation>
    </message>
    <message>
      <source>&amp;Select All</source>
      <translation>&amp;Hamısını seç</translation>
    </message>
  </context>
  <context>
    <name>QInputDialog</name>
    <message>
      <source>Enter a value:</source>
      <translation>Qiymət daxil edin:</translation>
    </message>
  </context>
  <context>
    <name>QTabBar</name>
    <message>
      <source>Scroll Left</source>
      <translation>Sola sürüşdür</translation>
    </message>
    <message>
      <source>Scroll Right</source>
      <translation>Sağa sürüşdür</translation>
    </message>
  </context>
  <context>
    <name>QProgressDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Ləğv et</translation>
    </message>
  </context>
</TS>
