<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hy">
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>Լավ</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>Լավ</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Ոչ</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Այո</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Օգնություն</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Բացել</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Պահպանել</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Ընդհատել</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Կիրառել</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Փակել</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Վերակայել</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Կրկնել</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Վերականգնել լռելյայնները</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Չեղարկել</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Անտեսել</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Ո&amp;չ բոլորին</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Պահպանել բոլորը</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Չպահպանել</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Այո &amp;բոլորին</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <source>Top</source>
      <translation>Վերին եզր</translation>
    </message>
    <message>
      <source>Scroll down</source>
      <translation>Ոլորել ներքև</translation>
    </message>
    <message>
      <source>Scroll here</source>
      <translation>Ոլորել այստեղ</translation>
    </message>
    <message>
      <source>Scroll left</source>
      <translation>Ոլորել ձախ</translation>
    </message>
    <message>
      <source>Bottom</source>
      <translation>Ստորին եզր</translation>
    </message>
    <message>
      <source>Page up</source>
      <translation>Մեկ էջ վերև</translation>
    </message>
    <message>
      <source>Page right</source>
      <translation>Մեկ էջ աջ</translation>
    </message>
    <message>
      <source>Scroll up</source>
      <translation>Ոլորել վերև</translation>
    </message>
    <message>
      <source>Scroll right</source>
      <translation>Ոլորել աջ</translation>
    </message>
    <message>
      <source>Left edge</source>
      <translation>Ձախ եզր</translation>
    </message>
    <message>
      <source>Page down</source>
      <translation>Մեկ էջ ներքև</translation>
    </message>
    <message>
      <source>Page left</source>
      <translation>Մեկ էջ ձախ</translation>
    </message>
    <message>
      <source>Right edge</source>
      <translation>Աջ եզր</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>Back</source>
      <translation>Հետ</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Ֆայլ</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Բացել</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Բացել</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Պահպանել</translation>
    </message>
    <message>
      <source>Alias</source>
      <translation>Այլանուն</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Սկավառակ</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Ֆայլեր</translation>
    </message>
    <message>
      <source>Show </source>
      <translation>Ցուցադրել </translation>
    </message>
    <message>
      <source>'%1' is write protected.
Do you want to delete it anyway?</source>
      <translation>«%1»-ը պաշտպանված է գրառումից։
Ցանկանո՞ւմ եք, այնուամենայնիվ, ջնջել այն։</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>Իսկապե՞ս ցանկանում եք ջնջել «%1»-ը։</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Վայրերի և էջանիշների ցանկ</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>Ֆայլի &amp;անունը՝</translation>
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
      <translation>Ֆայլերի պանակ</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Ջնջել</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Նոր պանակ</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Պանակ</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Վերադաս պանակ</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>&amp;Նոր պանակ</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Հեռացնել</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Իմ համակարգիչը</translation>
    </message>
    <message>
      <source>Look in:</source>
      <translation>Փնտրել՝</translation>
    </message>
    <message>
      <source>Alt+Right</source>
      <translation>Alt+Right</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Ստեղծել նոր պանակ</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>%1 ֆայլ</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Ֆայլերի տեսակը՝</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Գտնել պանակ</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Ցուցադրել &amp;թաքնված ֆայլերը</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Պահպանել որպես</translation>
    </message>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
Պանակը չի գտնվել։
Ստուգեք, որ պանակի անունը ճիշտ է նշված։</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Կողագոտի</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Ցանկի տեսք</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Ընտրել</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Ջնջել</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Բոլոր ֆայլերը (*)</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Բոլոր ֆայլերը (*)</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Պանակներ</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Վերանվանել</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>Չհաջողվեց ջնջել պանակը։</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Պանակ՝</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Անհայտ</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 ֆայլն արդեն գոյություն ունի։
Ցանկանո՞ւմ եք փոխարինել այն։</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Առաջ</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>Անցնել առաջ</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Անցնել վերադաս պանակ</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Վերջին վայրերը</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Անցնել հետ</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Անցնել մանրամասն տեսքի</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Ստեղծել նոր պանակ</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Դյուրանցում</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Մանրամասն տեսք</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
Ֆայլը չի գտնվել։
Ստուգեք, որ ֆայլի անունը ճիշտ է նշված։</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Անցնել ցանկի տեսքի</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Կտրել</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Պատճենել</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>Կ&amp;րկնել</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Հետարկել</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Տեղադրել</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Ջնջել</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Ընտրել բոլորը</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Կտրել</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Պատճենել</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>Կ&amp;րկնել</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Հետարկել</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Տեղադրել</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Ջնջել</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Ընտրել բոլորը</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Պատճենել հղ&amp;ման հասցեն</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Kind</source>
      <translation>Տեսակ</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Անուն</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Չափ</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Տիպ</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Իմ համակարգիչը</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Համակարգիչ</translation>
    </message>
    <message>
      <source>Invalid filename</source>
      <translation>Ֆայլի անվավեր անուն</translation>
    </message>
    <message>
      <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
      <translation>&lt;b&gt;«%1» անունը հնարավոր չէ օգտագործել։&lt;/b&gt;&lt;p&gt;Փորձեք այլ անուն՝ ավելի քիչ նիշերով կամ առանց կետադրական նշանների։</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Փոփոխման ամսաթիվ</translation>
    </message>
  </context>
  <context>
    <name>QDockWidget</name>
    <message>
      <source>Close</source>
      <translation>Փակել</translation>
    </message>
    <message>
      <source>Float</source>
      <translation>Անջատել</translation>
    </message>
    <message>
      <source>Undocks and re-attaches the dock widget</source>
      <translation>Անջատում և նորից ամրացնում է կցովի վահանակը</translation>
    </message>
    <message>
      <source>Closes the dock widget</source>
      <translation>Փակում է կցովի վահանակը</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>Ցուցադրել մանրամասները...</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>Qt-ի մասին</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Թաքցնել մանրամասները...</translation>
    </message>
    <message>
      <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Qt-ի մասին&lt;/h3&gt;&lt;p&gt;Այս ծրագիրն օգտագործում է Qt-ի %1 տարբերակը։&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href="http://%2/"&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href="http://%3/"&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Qt-ն C++ գործիքակազմ է միջհարթակային հավելվածների մշակման համար։&lt;/p&gt;&lt;p&gt;Qt-ն ապահովում է մեկ սկզբնական կոդի տեղափոխելիություն բոլոր հիմնական աշխատասեղանային օպերացիոն համակարգերի միջև։ Այն հասանելի է նաև ներկառուցված Linux-ի և այլ ներկառուցված ու շարժական օպերացիոն համակարգերի համար։&lt;/p&gt;&lt;p&gt;Qt-ն հասանելի է արտոնագրման մի քանի տարբերակներով, որոնք նախատեսված են մեր տարբեր օգտատերերի կարիքները բավարարելու համար։&lt;/p&gt;&lt;p&gt;Մեր առևտրային արտոնագրային համաձայնագրով արտոնագրված Qt-ն հարմար է սեփականատիրական/առևտրային ծրագրակազմի մշակման համար, երբ չեք ցանկանում սկզբնական կոդը տրամադրել երրորդ կողմերին կամ այլ կերպ չեք կարող համապատասխանել GNU (L)GPL-ի պայմաններին։&lt;/p&gt;&lt;p&gt;GNU (L)GPL արտոնագրով Qt-ն հարմար է Qt&amp;nbsp;հավելվածների մշակման համար, եթե կարող եք համապատասխանել համապատասխան արտոնագրերի պայմաններին։&lt;/p&gt;&lt;p&gt;Qt-ի արտոնագրման ակնարկի համար այցելեք &lt;a href="http://%2/"&gt;%2&lt;/a&gt;։&lt;/p&gt;&lt;p&gt;Հեղինակային իրավունք (C) %1 The Qt Company Ltd և այլ մասնակիցներ։&lt;/p&gt;&lt;p&gt;Qt-ն և Qt-ի պատկերանիշը The Qt Company Ltd-ի ապրանքային նշաններն են։&lt;/p&gt;&lt;p&gt;Qt-ն The Qt Company Ltd-ի արտադրանք է, որը մշակվում է որպես բաց կոդով նախագիծ։ Լրացուցիչ տեղեկությունների համար այցելեք &lt;a href="http://%3/"&gt;%3&lt;/a&gt;։&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
      <source>RLE Start of right-to-left embedding</source>
      <translation>RLE Աջից ձախ ներդրման սկիզբ</translation>
    </message>
    <message>
      <source>ZWSP Zero width space</source>
      <translation>ZWSP Զրոյական լայնությամբ բացատ</translation>
    </message>
    <message>
      <source>LRI Left-to-right isolate</source>
      <translation>LRI Ձախից աջ մեկուսացում</translation>
    </message>
    <message>
      <source>Insert Unicode control character</source>
      <translation>Տեղադրել Յունիկոդի կառավարման նիշ</translation>
    </message>
    <message>
      <source>LRO Start of left-to-right override</source>
      <translation>LRO Ձախից աջ վերասահմանման սկիզբ</translation>
    </message>
    <message>
      <source>LRE Start of left-to-right embedding</source>
      <translation>LRE Ձախից աջ ներդրման սկիզբ</translation>
    </message>
    <message>
      <source>RLI Right-to-left isolate</source>
      <translation>RLI Աջից ձախ մեկուսացում</translation>
    </message>
    <message>
      <source>RLM Right-to-left mark</source>
      <translation>RLM Աջից ձախ նշիչ</translation>
    </message>
    <message>
      <source>PDF Pop directional formatting</source>
      <translation>PDF Ուղղության ձևավորման ավարտ</translation>
    </message>
    <message>
      <source>ZWNJ Zero width non-joiner</source>
      <translation>ZWNJ Զրոյական լայնությամբ չմիակցիչ</translation>
    </message>
    <message>
      <source>RLO Start of right-to-left override</source>
      <translation>RLO Աջից ձախ վերասահմանման սկիզբ</translation>
    </message>
    <message>
      <source>PDI Pop directional isolate</source>
      <translation>PDI Ուղղության մեկուսացման ավարտ</translation>
    </message>
    <message>
      <source>ZWJ Zero width joiner</source>
      <translation>ZWJ Զրոյական լայնությամբ միակցիչ</translation>
    </message>
    <message>
      <source>LRM Left-to-right mark</source>
      <translation>LRM Ձախից աջ նշիչ</translation>
    </message>
    <message>
      <source>FSI First strong isolate</source>
      <translation>FSI Մեկուսացում ըստ առաջին ուժեղ նիշի</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>Step &amp;down</source>
      <translation>Քայլ &amp;ներքև</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>Քայլ &amp;վերև</translation>
    </message>
    <message>
      <source>&amp;Select All</source>
      <translation>&amp;Ընտրել բոլորը</translation>
    </message>
  </context>
  <context>
    <name>QInputDialog</name>
    <message>
      <source>Enter a value:</source>
      <translation>Մուտքագրեք արժեք՝</translation>
    </message>
  </context>
  <context>
    <name>QTabBar</name>
    <message>
      <source>Scroll Left</source>
      <translation>Ոլորել ձախ</translation>
    </message>
    <message>
      <source>Scroll Right</source>
      <translation>Ոլորել աջ</translation>
    </message>
  </context>
  <context>
    <name>QProgressDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Չեղարկել</translation>
    </message>
  </context>
</TS>
