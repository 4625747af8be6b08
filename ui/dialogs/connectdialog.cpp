// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace liaison {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("connectDialog"));
    auto *layout = new QVBoxLayout(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);

    m_form = new QFormLayout;
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(DatabaseLocation::defaultPostgresPort);
    m_port->setGroupSeparatorShown(false);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("database"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setText(DatabaseLocation::loginName());
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(this);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_address = new QLabel(this);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Labels made here: addRow() with an empty text makes none to translate.
    for (QWidget *field : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
                           static_cast<QWidget *>(m_database), static_cast<QWidget *>(m_user),
                           static_cast<QWidget *>(m_password)})
        m_form->addRow(new QLabel(this), field);
    m_form->addRow(m_remember);
    layout->addLayout(m_form);
    layout->addWidget(m_address);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateAddress);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::updateAddress);
    // Room for a host name and the password hint without cutting them.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    retranslateUi();
    updateAddress();
}

void ConnectDialog::setLocation(const DatabaseLocation &location)
{
    m_host->setText(location.host());
    m_port->setValue(location.port() > 0 ? location.port() : DatabaseLocation::defaultPostgresPort);
    m_database->setText(location.databaseName());
    m_user->setText(location.user());
    m_options = location.options();
    updateAddress();
}

void ConnectDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_password->setFocus();
}

DatabaseLocation ConnectDialog::location() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    QString text = url.toString(QUrl::FullyEncoded);
    QStringList query;
    for (const auto &[name, value] : m_options)
        query << name + QLatin1Char('=') + QString::fromUtf8(QUrl::toPercentEncoding(value));
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    QString error;
    DatabaseLocation location =
        DatabaseLocation::fromUserInput(text, &error).value_or(DatabaseLocation());
    location.setPassword(m_password->text());
    return location;
}

bool ConnectDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void ConnectDialog::setRememberPassword(bool remember)
{
    m_remember->setChecked(remember);
}

void ConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ConnectDialog::retranslateUi()
{
    setWindowTitle(tr("Connect to Server"));
    const auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field))) {
            l->setText(text);
            l->setBuddy(field);
        }
    };
    label(m_host, tr("&Server:"));
    label(m_port, tr("&Port:"));
    label(m_database, tr("&Database:"));
    label(m_user, tr("&User:"));
    label(m_password, tr("Pass&word:"));
    m_remember->setText(tr("&Remember the password in the system keychain"));
    m_password->setPlaceholderText(tr("from PGPASSWORD or ~/.pgpass when empty"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    updateAddress();
}

void ConnectDialog::updateAddress()
{
    const DatabaseLocation typed = location();
    const bool valid = typed.isPostgres() && !m_host->text().trimmed().isEmpty()
        && !m_database->text().trimmed().isEmpty();
    m_address->setText(valid ? tr("Address: %1").arg(typed.displayName()) : QString());
    if (QPushButton *ok = m_buttons ? m_buttons->button(QDialogButtonBox::Ok) : nullptr)
        ok->setEnabled(valid);
}

} // namespace liaison
