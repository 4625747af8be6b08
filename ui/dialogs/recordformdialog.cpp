// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordformdialog.h"

#include "countrylist.h"
#include "countrynames.h"
#include "partialdate.h"
#include "recordchoices.h"

#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace liaison {

namespace {

constexpr int MaximumCount = 10'000'000;
// The value of a count spin box that is empty (shown as its special text).
constexpr int EmptyCount = -1;

// A count that may be left empty: besides the special value text, an empty
// text means the empty value, so clearing the box empties the field.
class CountSpinBox : public QSpinBox
{
public:
    CountSpinBox(bool allowsEmpty, QWidget *parent)
        : QSpinBox(parent)
        , m_allowsEmpty(allowsEmpty)
    {
        setRange(allowsEmpty ? EmptyCount : 0, MaximumCount);
        setGroupSeparatorShown(true);
    }

    QValidator::State validate(QString &text, int &pos) const override
    {
        if (m_allowsEmpty && text.trimmed().isEmpty())
            return QValidator::Acceptable;
        return QSpinBox::validate(text, pos);
    }

protected:
    int valueFromText(const QString &text) const override
    {
        if (m_allowsEmpty && text.trimmed().isEmpty())
            return EmptyCount;
        return QSpinBox::valueFromText(text);
    }

private:
    bool m_allowsEmpty;
};

bool isEmptyValue(const QVariant &value)
{
    return value.isNull() || value.toString().trimmed().isEmpty();
}

// The item of combo whose data is value, or -1.
int indexOfData(const QComboBox *combo, const QVariant &value)
{
    const QString wanted = value.toString();
    for (int i = 0; i < combo->count(); ++i) {
        const QVariant data = combo->itemData(i);
        if (!isEmptyValue(data) && data.toString() == wanted)
            return i;
    }
    return -1;
}

// Selects the item holding value; a value the list lacks (a code the form
// does not know, a record it could not list) is added as it is, so saving
// an unchanged form never changes the field.
void selectData(QComboBox *combo, const QVariant &value)
{
    if (isEmptyValue(value)) {
        const int empty = combo->findData(QString());
        combo->setCurrentIndex(empty);
        return;
    }
    int index = indexOfData(combo, value);
    if (index < 0) {
        combo->addItem(value.toString(), value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

// The value of an editable combo box, from what was typed (in any letter
// case): the item of that text, code or id; else the one item whose text
// starts with it as an acronym ("CEPOL" for "CEPOL — European Union Agency
// …"); else the one item containing it; else the text itself, for the
// validator to refuse.
QVariant comboValue(const QComboBox *combo)
{
    if (!combo->isEditable())
        return combo->currentIndex() < 0 ? QVariant(QString()) : combo->currentData();
    const QString text = combo->currentText().trimmed();
    if (text.isEmpty())
        return QString();
    const int current = combo->currentIndex();
    if (current >= 0 && combo->itemText(current).compare(text, Qt::CaseInsensitive) == 0)
        return combo->itemData(current);
    const int index = combo->findText(text, Qt::MatchFixedString);
    if (index >= 0)
        return combo->itemData(index);
    int acronym = -1;
    int acronyms = 0;
    int containing = -1;
    int containings = 0;
    const QString acronymPrefix = text + QStringLiteral(" — ");
    for (int i = 0; i < combo->count(); ++i) {
        const QVariant data = combo->itemData(i);
        if (isEmptyValue(data))
            continue;
        if (data.toString().compare(text, Qt::CaseInsensitive) == 0)
            return data;
        const QString itemText = combo->itemText(i);
        if (itemText.startsWith(acronymPrefix, Qt::CaseInsensitive)) {
            acronym = i;
            ++acronyms;
        }
        if (itemText.contains(text, Qt::CaseInsensitive)) {
            containing = i;
            ++containings;
        }
    }
    if (acronyms == 1)
        return combo->itemData(acronym);
    if (containings == 1)
        return combo->itemData(containing);
    return text;
}

// Lets the user type part of a name ("pol", "customs") and pick from the
// matches.
void makeSearchable(QComboBox *combo)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    QCompleter *completer = combo->completer();
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
}

void setTextColor(QLabel *label, const QColor &color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

// Problems are red, readable on light and dark backgrounds alike.
QColor problemColor()
{
    return QColor(0xc0, 0x1c, 0x28);
}

} // namespace

RecordFormDialog::RecordFormDialog(const Database &db, RecordKind kind, const QVariantMap &values,
                                   QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_values(values)
{
    setObjectName(QStringLiteral("recordFormDialog"));
    auto *layout = new QVBoxLayout(this);

    m_recordProblem = new QLabel(this);
    m_recordProblem->setObjectName(QStringLiteral("recordProblem"));
    m_recordProblem->setWordWrap(true);
    m_recordProblem->setTextFormat(Qt::PlainText);
    setTextColor(m_recordProblem, problemColor());
    m_recordProblem->hide();
    layout->addWidget(m_recordProblem);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setColumnMinimumWidth(1, fontMetrics().averageCharWidth() * 36);
    int row = 0;
    bool anyRequired = false;
    const QList<RecordSchema::Field> fields = RecordSchema::fieldsOf(kind);
    m_inputs.reserve(fields.size());
    for (const RecordSchema::Field &field : fields) {
        Input input;
        input.field = field;
        buildInput(input, values.value(field.name), db);
        input.widget->setObjectName(field.name);
        input.label = new QLabel(this);
        input.label->setBuddy(input.widget);
        if (field.required) {
            QFont bold = input.label->font();
            bold.setBold(true);
            input.label->setFont(bold);
            anyRequired = true;
        }
        input.problem = new QLabel(this);
        input.problem->setObjectName(field.name + QStringLiteral("Problem"));
        input.problem->setWordWrap(true);
        // Wide enough for a sentence in two or three lines; a hidden label
        // takes no room.
        input.problem->setMinimumWidth(fontMetrics().averageCharWidth() * 26);
        input.problem->setTextFormat(Qt::PlainText);
        setTextColor(input.problem, problemColor());
        input.problem->hide();

        const Qt::Alignment top = input.text ? Qt::AlignTop : Qt::Alignment();
        grid->addWidget(input.label, row, 0, top);
        grid->addWidget(input.widget, row, 1);
        grid->addWidget(input.problem, row, 2, top);
        ++row;
        if (input.dateDisplay) {
            grid->addWidget(input.dateDisplay, row, 1);
            ++row;
        }
        m_inputs.append(input);
    }
    layout->addLayout(grid);
    layout->addStretch();

    m_requiredNote = new QLabel(this);
    m_requiredNote->setObjectName(QStringLiteral("requiredNote"));
    m_requiredNote->setVisible(anyRequired);
    layout->addWidget(m_requiredNote);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordFormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Tab goes through the fields in form order, then to the buttons.
    QWidget *previous = nullptr;
    for (const Input &input : std::as_const(m_inputs)) {
        if (previous)
            setTabOrder(previous, input.widget);
        previous = input.widget;
    }
    if (previous)
        setTabOrder(previous, m_buttons);
    if (!m_inputs.isEmpty())
        m_inputs.first().widget->setFocus(Qt::OtherFocusReason);

    retranslateUi();
}

void RecordFormDialog::buildInput(Input &input, const QVariant &value, const Database &db)
{
    const RecordSchema::Field &field = input.field;
    switch (field.type) {
    case RecordSchema::FieldType::Text:
    case RecordSchema::FieldType::Url:
        input.line = new QLineEdit(value.toString(), this);
        input.line->setClearButtonEnabled(true);
        input.widget = input.line;
        break;
    case RecordSchema::FieldType::Date: {
        input.line = new QLineEdit(value.toString(), this);
        input.line->setClearButtonEnabled(true);
        input.widget = input.line;
        input.dateDisplay = new QLabel(this);
        input.dateDisplay->setObjectName(field.name + QStringLiteral("Display"));
        input.dateDisplay->setTextFormat(Qt::PlainText);
        setTextColor(input.dateDisplay, palette().color(QPalette::PlaceholderText));
        QLabel *display = input.dateDisplay;
        connect(input.line, &QLineEdit::textChanged, display, [this, display] {
            for (const Input &candidate : std::as_const(m_inputs)) {
                if (candidate.dateDisplay == display)
                    updateDateDisplay(candidate);
            }
        });
        break;
    }
    case RecordSchema::FieldType::LongText:
        input.text = new QPlainTextEdit(value.toString(), this);
        input.text->setTabChangesFocus(true);
        input.text->setFixedHeight(input.text->fontMetrics().lineSpacing() * 4
                                   + 2 * input.text->frameWidth()
                                   + int(2 * input.text->document()->documentMargin()));
        input.widget = input.text;
        break;
    case RecordSchema::FieldType::Count: {
        input.count = new CountSpinBox(!field.required, this);
        input.count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (isEmptyValue(value)) {
            input.count->setValue(input.count->minimum());
        } else {
            const qint64 count = value.toLongLong();
            input.count->setValue(int(std::clamp<qint64>(count, 0, MaximumCount)));
        }
        input.widget = input.count;
        break;
    }
    case RecordSchema::FieldType::Choice:
        input.combo = new QComboBox(this);
        if (!field.required)
            input.combo->addItem(QString(), QString());
        for (const QString &code : field.choices)
            input.combo->addItem(QString(), code);
        selectData(input.combo, value);
        input.widget = input.combo;
        break;
    case RecordSchema::FieldType::Country:
        input.combo = new QComboBox(this);
        makeSearchable(input.combo);
        input.widget = input.combo;
        fillCountries(input, value.toString());
        break;
    case RecordSchema::FieldType::Reference: {
        input.combo = new QComboBox(this);
        makeSearchable(input.combo);
        if (!field.required)
            input.combo->addItem(QString(), QString());
        const auto records = RecordChoices::list(db, field.referenceKind);
        for (const auto &[id, name] : records)
            input.combo->addItem(name, id);
        selectData(input.combo, isEmptyValue(value) ? value : QVariant(value.toLongLong()));
        input.widget = input.combo;
        break;
    }
    }
}

void RecordFormDialog::fillCountries(const Input &input, const QString &code)
{
    QComboBox *combo = input.combo;
    const QSignalBlocker blocker(combo);
    combo->clear();
    QList<QPair<QString, QString>> countries; // (name, code)
    for (const CountryList::Country &country : CountryList::all())
        countries.append({CountryNames::displayName(country.name), country.code});
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(countries.begin(), countries.end(), [&collator](const auto &a, const auto &b) {
        return collator.compare(a.first, b.first) < 0;
    });
    if (!input.field.required)
        combo->addItem(QString(), QString());
    for (const auto &[name, countryCode] : std::as_const(countries))
        combo->addItem(name, countryCode);
    // Text typed that names no country stays, for the validator to refuse.
    selectData(combo, code);
}

void RecordFormDialog::retranslateChoices(const Input &input)
{
    for (int i = 0; i < input.combo->count(); ++i) {
        const QString code = input.combo->itemData(i).toString();
        if (!code.isEmpty())
            input.combo->setItemText(i, RecordSchema::choiceLabel(m_kind, input.field.name, code));
    }
}

void RecordFormDialog::updateDateDisplay(const Input &input)
{
    const QString text = input.line->text().trimmed();
    const PartialDate date = PartialDate::fromIso(text);
    if (text.isEmpty())
        input.dateDisplay->clear();
    else if (date.isNull())
        input.dateDisplay->setText(tr("Not a date: write YYYY, YYYY-MM or YYYY-MM-DD"));
    else
        input.dateDisplay->setText(date.toDisplayString(QLocale()));
}

QVariant RecordFormDialog::valueOf(const Input &input) const
{
    switch (input.field.type) {
    case RecordSchema::FieldType::Text:
    case RecordSchema::FieldType::Url:
    case RecordSchema::FieldType::Date:
        return input.line->text().trimmed();
    case RecordSchema::FieldType::LongText:
        return input.text->toPlainText().trimmed();
    case RecordSchema::FieldType::Count:
        if (input.count->value() == EmptyCount)
            return QString();
        return input.count->value();
    case RecordSchema::FieldType::Choice:
    case RecordSchema::FieldType::Country:
    case RecordSchema::FieldType::Reference:
        return comboValue(input.combo);
    }
    return QString();
}

QVariantMap RecordFormDialog::fields() const
{
    QVariantMap fields;
    for (const Input &input : m_inputs)
        fields.insert(input.field.name, valueOf(input));
    return fields;
}

QVariantMap RecordFormDialog::changedFields() const
{
    QVariantMap changed;
    for (const Input &input : m_inputs) {
        const QVariant value = valueOf(input);
        const QVariant before = m_values.value(input.field.name);
        const QString beforeText = before.isNull() ? QString() : before.toString().trimmed();
        if (value.toString() != beforeText)
            changed.insert(input.field.name, value);
    }
    return changed;
}

void RecordFormDialog::setValidator(Validator validator)
{
    m_validator = std::move(validator);
}

void RecordFormDialog::accept()
{
    // Take a number typed but not yet confirmed, as Enter does.
    for (const Input &input : std::as_const(m_inputs)) {
        if (input.count)
            input.count->interpretText();
    }
    const RecordEditor::Problems problems =
        m_validator ? m_validator(fields()) : RecordEditor::Problems();
    showProblems(problems);
    if (problems.isEmpty())
        QDialog::accept();
}

void RecordFormDialog::showProblems(const RecordEditor::Problems &problems)
{
    displayProblems(problems);
    for (const Input &input : std::as_const(m_inputs)) {
        if (!problems.contains(input.field.name))
            continue;
        input.widget->setFocus(Qt::OtherFocusReason);
        if (input.line)
            input.line->selectAll();
        else if (input.count)
            input.count->selectAll();
        else if (input.combo && input.combo->isEditable())
            input.combo->lineEdit()->selectAll();
        break;
    }
}

void RecordFormDialog::displayProblems(const RecordEditor::Problems &problems)
{
    m_problems = problems;
    // Problems with the record as a whole, and any with a field the form
    // does not show, go above the fields.
    QStringList general;
    if (!problems.value(QString()).isEmpty())
        general.append(problems.value(QString()));
    for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
        const bool shown =
            std::any_of(m_inputs.cbegin(), m_inputs.cend(),
                        [&it](const Input &input) { return input.field.name == it.key(); });
        if (!it.key().isEmpty() && !shown)
            general.append(it.value());
    }
    m_recordProblem->setText(general.join(QLatin1Char('\n')));
    m_recordProblem->setVisible(!general.isEmpty());
    for (const Input &input : std::as_const(m_inputs)) {
        const QString message = problems.value(input.field.name);
        input.problem->setText(message);
        input.problem->setVisible(!message.isEmpty());
        input.problem->setAccessibleName(
            message.isEmpty() ? QString()
                              : tr("Problem with %1: %2").arg(input.field.label(), message));
        input.widget->setAccessibleDescription(!message.isEmpty()         ? message
                                                   : input.field.required ? tr("Required")
                                                                          : QString());
    }
}

void RecordFormDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RecordFormDialog::retranslateUi()
{
    const QString kindLabel = RecordSchema::kindLabel(m_kind);
    if (isNewRecord()) {
        //: The title of the form for a new record; %1 is the kind: "New Agency"
        setWindowTitle(tr("New %1").arg(kindLabel));
    } else {
        const QString name = RecordChoices::shortName(m_values);
        //: The title of the form for a record; %1 is its acronym or name: "Edit TOPCOP"
        setWindowTitle(tr("Edit %1").arg(name.isEmpty() ? kindLabel : name));
    }
    for (const Input &input : std::as_const(m_inputs)) {
        const QString label = input.field.label();
        //: The label of a required field in a form
        input.label->setText(input.field.required ? tr("%1 *").arg(label) : label);
        input.widget->setAccessibleName(label);
        switch (input.field.type) {
        case RecordSchema::FieldType::Date:
            //: How to write a date in a form; keep the letters Y, M and D as they are
            input.line->setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD"));
            updateDateDisplay(input);
            break;
        case RecordSchema::FieldType::Url:
            input.line->setPlaceholderText(QStringLiteral("https://"));
            break;
        case RecordSchema::FieldType::Count:
            if (!input.field.required)
                //: Shown in a number field left empty
                input.count->setSpecialValueText(tr("none"));
            break;
        case RecordSchema::FieldType::Choice:
            retranslateChoices(input);
            break;
        case RecordSchema::FieldType::Country:
            fillCountries(input, comboValue(input.combo).toString());
            break;
        case RecordSchema::FieldType::Text:
        case RecordSchema::FieldType::LongText:
        case RecordSchema::FieldType::Reference:
            break;
        }
    }
    m_requiredNote->setText(tr("Fields marked * are required."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(isNewRecord() ? tr("Create") : tr("Save"));
    // Problems in the new language: ask the validator again.
    if (!m_problems.isEmpty() && m_validator)
        displayProblems(m_validator(fields()));
    else
        displayProblems(m_problems);
}

} // namespace liaison
