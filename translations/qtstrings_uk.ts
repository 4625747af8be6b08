<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt strings that Debian's qtbase_uk.qm lacks; installed under it. -->
<TS version="2.1" language="uk">
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
      <translation>&lt;b&gt;Назву «%1» не можна використати.&lt;/b&gt;&lt;p&gt;Спробуйте іншу назву — коротшу або без розділових знаків.</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href="http://%2/"&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href="http://%3/"&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Qt — це інструментарій C++ для розробки кросплатформових програм.&lt;/p&gt;&lt;p&gt;Qt забезпечує перенесення єдиного вихідного коду між усіма основними настільними операційними системами. Він також доступний для вбудованого Linux та інших вбудованих і мобільних операційних систем.&lt;/p&gt;&lt;p&gt;Qt доступний за кількома варіантами ліцензування, розробленими з урахуванням потреб різних користувачів.&lt;/p&gt;&lt;p&gt;Qt за нашою комерційною ліцензійною угодою підходить для розробки власницького або комерційного програмного забезпечення, коли ви не бажаєте ділитися вихідним кодом із третіми сторонами або не можете виконати умови GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt за ліцензією GNU (L)GPL підходить для розробки програм Qt, якщо ви можете виконати умови відповідних ліцензій.&lt;/p&gt;&lt;p&gt;Огляд ліцензування Qt дивіться на &lt;a href="http://%2/"&gt;%2&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Авторські права (C) %1 The Qt Company Ltd та інші учасники.&lt;/p&gt;&lt;p&gt;Qt і логотип Qt є торговельними марками The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt — продукт The Qt Company Ltd, що розробляється як проєкт з відкритим кодом. Докладніше див. &lt;a href="http://%3/"&gt;%3&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
  </context>
</TS>
