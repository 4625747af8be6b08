// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordeditor.h"
#include "recordkind.h"
#include "recordschema.h"

#include <QDialog>
#include <QList>
#include <QVariantMap>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace liaison {

class Database;

// A form for one record of a kind, one input per field of
// RecordSchema::fieldsOf(kind), in that order. Each input's objectName is its
// field's name and its accessible name the field's label; a problem with a
// field appears in a red label beside it (objectName "<field>Problem"), a
// problem with the whole record above the fields ("recordProblem").
//
// OK (or Enter) runs the validator: the dialog is accepted only when it finds
// no problem; otherwise it shows them, stays open and focuses the first bad
// field. Without a validator every form is accepted.
class RecordFormDialog : public QDialog
{
    Q_OBJECT

public:
    using Validator = std::function<RecordEditor::Problems(const QVariantMap &)>;

    // values: the record's current fields when editing, empty for a new
    // record. db is read here only, for the records a reference can name.
    RecordFormDialog(const Database &db, RecordKind kind, const QVariantMap &values,
                     QWidget *parent = nullptr);

    RecordKind kind() const { return m_kind; }
    bool isNewRecord() const { return m_values.isEmpty(); }

    // Every field of the form keyed by name: text trimmed, a date as typed,
    // a count as a number, a choice or country as its code, a reference as
    // the record's id; an empty string for an empty field.
    QVariantMap fields() const;
    // The fields whose value differs from the values the form was opened
    // with (compared as text, a null value as empty): what an edit changes.
    // Every non-empty field for a new record.
    QVariantMap changedFields() const;

    void setValidator(Validator validator);
    // Shows problems beside their fields (replacing those shown) and focuses
    // the first bad field; an empty map clears them.
    void showProblems(const RecordEditor::Problems &problems);

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Input
    {
        RecordSchema::Field field;
        QLabel *label = nullptr;
        QWidget *widget = nullptr;
        QLineEdit *line = nullptr; // Text, Url, Date
        QPlainTextEdit *text = nullptr; // LongText
        QSpinBox *count = nullptr; // Count
        QComboBox *combo = nullptr; // Choice, Country, Reference
        QLabel *dateDisplay = nullptr; // Date
        QLabel *problem = nullptr;
    };

    void buildInput(Input &input, const QVariant &value, const Database &db);
    void fillCountries(const Input &input, const QString &code);
    void retranslateChoices(const Input &input);
    void updateDateDisplay(const Input &input);
    void displayProblems(const RecordEditor::Problems &problems);
    QVariant valueOf(const Input &input) const;
    void retranslateUi();

    RecordKind m_kind;
    QVariantMap m_values;
    QList<Input> m_inputs;
    Validator m_validator;
    RecordEditor::Problems m_problems;
    QLabel *m_recordProblem = nullptr;
    QLabel *m_requiredNote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace liaison
