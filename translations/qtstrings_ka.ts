<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ka">
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>დიახ</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>დიახ</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;არა</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;დიახ</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>დახმარება</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>გახსნა</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>შენახვა</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>შეწყვეტა</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>გადატარება</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>დახურვა</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>ჩამოყრა</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>თავიდან ცდა</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>ნაგულისხმევის აღდგენა</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>გაუქმება</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>გამოტოვება</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>ა&amp;რა ყველაფერზე</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>ყველას შენახვა</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>უარყოფა</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>დ&amp;იახ ყველაფერზე</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <source>Top</source>
      <translation>თავში</translation>
    </message>
    <message>
      <source>Scroll down</source>
      <translation>ქვემოთ გადახვევა</translation>
    </message>
    <message>
      <source>Scroll here</source>
      <translation>აქ გადახვევა</translation>
    </message>
    <message>
      <source>Scroll left</source>
      <translation>მარცხნივ გადახვევა</translation>
    </message>
    <message>
      <source>Bottom</source>
      <translation>ბოლოში</translation>
    </message>
    <message>
      <source>Page up</source>
      <translation>გვერდით ზემოთ</translation>
    </message>
    <message>
      <source>Page right</source>
      <translation>გვერდით მარჯვნივ</translation>
    </message>
    <message>
      <source>Scroll up</source>
      <translation>ზემოთ გადახვევა</translation>
    </message>
    <message>
      <source>Scroll right</source>
      <translation>მარჯვნივ გადახვევა</translation>
    </message>
    <message>
      <source>Left edge</source>
      <translation>მარცხენა კიდე</translation>
    </message>
    <message>
      <source>Page down</source>
      <translation>გვერდით ქვემოთ</translation>
    </message>
    <message>
      <source>Page left</source>
      <translation>გვერდით მარცხნივ</translation>
    </message>
    <message>
      <source>Right edge</source>
      <translation>მარჯვენა კიდე</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>Back</source>
      <translation>უკან</translation>
    </message>
    <message>
      <source>File</source>
      <translation>ფაილი</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>გახსნა</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;გახსნა</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;შენახვა</translation>
    </message>
    <message>
      <source>Alias</source>
      <translation>მეტსახელი</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>დისკი</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>ფაილები</translation>
    </message>
    <message>
      <source>Show </source>
      <translation>ჩვენება: </translation>
    </message>
    <message>
      <source>'%1' is write protected.
Do you want to delete it anyway?</source>
      <translation>„%1“ დაცულია ჩაწერისგან.
მაინც გსურთ მისი წაშლა?</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>ნამდვილად გსურთ „%1“-ის წაშლა?</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>ადგილებისა და სანიშნეების სია</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>ფაილის &amp;სახელი:</translation>
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
      <translation>ფაილების საქაღალდე</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>წაშლა</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>ახალი საქაღალდე</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>საქაღალდე</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>ზედა საქაღალდე</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>&amp;ახალი საქაღალდე</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>მოცილება</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>ჩემი კომპიუტერი</translation>
    </message>
    <message>
      <source>Look in:</source>
      <translation>მდებარეობა:</translation>
    </message>
    <message>
      <source>Alt+Right</source>
      <translation>Alt+Right</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>ახალი საქაღალდის შექმნა</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>%1 ფაილი</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>ფაილის ტიპი:</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>საქაღალდის მოძებნა</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>&amp;დამალული ფაილების ჩვენება</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>შენახვა როგორც</translation>
    </message>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
საქაღალდე ვერ მოიძებნა.
შეამოწმეთ, სწორად არის თუ არა მითითებული საქაღალდის სახელი.</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>გვერდითი ზოლი</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>სიის ხედი</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;არჩევა</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;წაშლა</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>ყველა ფაილი (*)</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>ყველა ფაილი (*)</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>საქაღალდეები</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;გადარქმევა</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>საქაღალდის წაშლა ვერ მოხერხდა.</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>საქაღალდე:</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>უცნობი</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 უკვე არსებობს.
გსურთ მისი ჩანაცვლება?</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>წინ</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>წინ გადასვლა</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>ზედა საქაღალდეში გადასვლა</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>ბოლოს ნანახი ადგილები</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>უკან დაბრუნება</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>დეტალურ ხედზე გადართვა</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>ახალი საქაღალდის შექმნა</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>მალსახმობი</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>დეტალური ხედი</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
ფაილი ვერ მოიძებნა.
შეამოწმეთ, სწორად არის თუ არა მითითებული ფაილის სახელი.</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>სიის ხედზე გადართვა</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>Cu&amp;t</source>
      <translation>ამო&amp;ჭრა</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;კოპირება</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;გამეორება</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;დაბრუნება</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;ჩასმა</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>წაშლა</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>ყველაფრის მონიშვნა</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>Cu&amp;t</source>
      <translation>ამო&amp;ჭრა</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;კოპირება</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;გამეორება</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;დაბრუნება</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;ჩასმა</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>წაშლა</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>ყველაფრის მონიშვნა</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>&amp;ბმულის მისამართის კოპირება</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Kind</source>
      <translation>ტიპი</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>სახელი</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>ზომა</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>ტიპი</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>ჩემი კომპიუტერი</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>კომპიუტერი</translation>
    </message>
    <message>
      <source>Invalid filename</source>
      <translation>ფაილის არასწორი სახელი</translation>
    </message>
    <message>
      <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
      <translation>&lt;b&gt;სახელს „%1“ ვერ გამოიყენებთ.&lt;/b&gt;&lt;p&gt;სცადეთ სხვა სახელი, ნაკლები სიმბოლოთი ან პუნქტუაციის ნიშნების გარეშე.</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>ცვლილების თარიღი</translation>
    </message>
  </context>
  <context>
    <name>QDockWidget</name>
    <message>
      <source>Close</source>
      <translation>დახურვა</translation>
    </message>
    <message>
      <source>Float</source>
      <translation>მოხსნა</translation>
    </message>
    <message>
      <source>Undocks and re-attaches the dock widget</source>
      <translation>მიმაგრებადი პანელის მოხსნა და ხელახლა მიმაგრება</translation>
    </message>
    <message>
      <source>Closes the dock widget</source>
      <translation>მიმაგრებადი პანელის დახურვა</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>დეტალების ჩვენება...</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>Qt-ის შესახებ</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>დეტალების დამალვა...</translation>
    </message>
    <message>
      <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Qt-ის შესახებ&lt;/h3&gt;&lt;p&gt;ეს პროგრამა იყენებს Qt-ის ვერსიას %1.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href="http://%2/"&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href="http://%3/"&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Qt არის C++-ის ხელსაწყოთა ნაკრები პლატფორმათაშორისი აპლიკაციების შესაქმნელად.&lt;/p&gt;&lt;p&gt;Qt უზრუნველყოფს ერთი საწყისი კოდის გადატანადობას ყველა ძირითად სამაგიდო ოპერაციულ სისტემაზე. ის ასევე ხელმისაწვდომია ჩაშენებული Linux-ისა და სხვა ჩაშენებული და მობილური ოპერაციული სისტემებისთვის.&lt;/p&gt;&lt;p&gt;Qt ხელმისაწვდომია ლიცენზირების რამდენიმე ვარიანტით, რომლებიც ჩვენი სხვადასხვა მომხმარებლის საჭიროებებს ითვალისწინებს.&lt;/p&gt;&lt;p&gt;ჩვენი კომერციული სალიცენზიო შეთანხმებით ლიცენზირებული Qt განკუთვნილია საკუთრებითი/კომერციული პროგრამული უზრუნველყოფის შესაქმნელად, როცა არ გსურთ საწყისი კოდის მესამე მხარეებისთვის გაზიარება ან სხვაგვარად ვერ იცავთ GNU (L)GPL-ის პირობებს.&lt;/p&gt;&lt;p&gt;GNU (L)GPL-ით ლიცენზირებული Qt განკუთვნილია Qt&amp;nbsp;აპლიკაციების შესაქმნელად, თუ შეგიძლიათ შესაბამისი ლიცენზიების წესებისა და პირობების დაცვა.&lt;/p&gt;&lt;p&gt;Qt-ის ლიცენზირების მიმოხილვისთვის იხილეთ &lt;a href="http://%2/"&gt;%2&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;საავტორო უფლებები (C) %1 The Qt Company Ltd და სხვა მონაწილეები.&lt;/p&gt;&lt;p&gt;Qt და Qt-ის ლოგო The Qt Company Ltd-ის სავაჭრო ნიშნებია.&lt;/p&gt;&lt;p&gt;Qt არის The Qt Company Ltd-ის პროდუქტი, რომელიც ღია კოდის პროექტის სახით ვითარდება. დამატებითი ინფორმაციისთვის იხილეთ &lt;a href="http://%3/"&gt;%3&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
      <source>RLE Start of right-to-left embedding</source>
      <translation>RLE მარჯვნიდან მარცხნივ ჩადგმის დასაწყისი</translation>
    </message>
    <message>
      <source>ZWSP Zero width space</source>
      <translation>ZWSP ნულოვანი სიგანის ჰარი</translation>
    </message>
    <message>
      <source>LRI Left-to-right isolate</source>
      <translation>LRI მარცხნიდან მარჯვნივ იზოლირება</translation>
    </message>
    <message>
      <source>Insert Unicode control character</source>
      <translation>უნიკოდის მმართველი სიმბოლოს ჩასმა</translation>
    </message>
    <message>
      <source>LRO Start of left-to-right override</source>
      <translation>LRO მარცხნიდან მარჯვნივ გადაფარვის დასაწყისი</translation>
    </message>
    <message>
      <source>LRE Start of left-to-right embedding</source>
      <translation>LRE მარცხნიდან მარჯვნივ ჩადგმის დასაწყისი</translation>
    </message>
    <message>
      <source>RLI Right-to-left isolate</source>
      <translation>RLI მარჯვნიდან მარცხნივ იზოლირება</translation>
    </message>
    <message>
      <source>RLM Right-to-left mark</source>
      <translation>RLM მარჯვნიდან მარცხნივ მიმართულების ნიშანი</translation>
    </message>
    <message>
      <source>PDF Pop directional formatting</source>
      <translation>PDF მიმართულების ფორმატირების დასრულება</translation>
    </message>
    <message>
      <source>ZWNJ Zero width non-joiner</source>
      <translation>ZWNJ ნულოვანი სიგანის გამყოფი</translation>
    </message>
    <message>
      <source>RLO Start of right-to-left override</source>
      <translation>RLO მარჯვნიდან მარცხნივ გადაფარვის დასაწყისი</translation>
    </message>
    <message>
      <source>PDI Pop directional isolate</source>
      <translation>PDI მიმართულების იზოლირების დასრულება</translation>
    </message>
    <message>
      <source>ZWJ Zero width joiner</source>
      <translation>ZWJ ნულოვანი სიგანის შემაერთებელი</translation>
    </message>
    <message>
      <source>LRM Left-to-right mark</source>
      <translation>LRM მარცხნიდან მარჯვნივ მიმართულების ნიშანი</translation>
    </message>
    <message>
      <source>FSI First strong isolate</source>
      <translation>FSI იზოლირება პირველი ძლიერი სიმბოლოს მიხედვით</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>Step &amp;down</source>
      <translation>ნაბიჯით და&amp;ბლა</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>&amp;ნაბიჯით მაღლა</translation>
    </message>
    <message>
      <source>&amp;Select All</source>
      <translation>&amp;ყველაფრის მონიშვნა</translation>
    </message>
  </context>
  <context>
    <name>QInputDialog</name>
    <message>
      <source>Enter a value:</source>
      <translation>შეიყვანეთ მნიშვნელობა:</translation>
    </message>
  </context>
  <context>
    <name>QTabBar</name>
    <message>
      <source>Scroll Left</source>
      <translation>მარცხნივ გადახვევა</translation>
    </message>
    <message>
      <source>Scroll Right</source>
      <translation>მარჯვნივ გადახვევა</translation>
    </message>
  </context>
  <context>
    <name>QProgressDialog</name>
    <message>
      <source>Cancel</source>
      <translation>გაუქმება</translation>
    </message>
  </context>
</TS>
