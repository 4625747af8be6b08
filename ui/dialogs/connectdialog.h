// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaselocation.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace liaison {

// File → Connect to Server…: a record base on a PostgreSQL server. Also asks
// for the password when a server wants one (message says why). The password
// lives in memory only, unless the user ticks "remember", when the window
// keeps it in the system keychain (never in the settings file).
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    // Fills the fields from a location (without its password).
    void setLocation(const DatabaseLocation &location);
    // A sentence above the fields, e.g. that the server refused the password;
    // the password field then has the focus.
    void setMessage(const QString &message);
    // What was typed, with the password; the settings string never has it.
    DatabaseLocation location() const;
    bool rememberPassword() const;
    void setRememberPassword(bool remember);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateAddress();

    QLabel *m_message = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_address = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<DatabaseLocation::Option> m_options; // from a given address, kept as they were
};

} // namespace liaison
