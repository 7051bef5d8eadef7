#include "ui/intake/fieldeditor.h"

#include "app/validation/divisions.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace ow::ui {

using catalog::FieldType;

QString FieldEditor::editorObjectName(const QString& fieldId)
{
    return QStringLiteral("fieldEditor_") + QString(fieldId).replace(u'.', u'_');
}

FieldEditor::FieldEditor(const catalog::FieldDef& def, QWidget* parent)
    : QWidget(parent)
    , m_def(def)
{
    setObjectName(QStringLiteral("fieldRow_") + QString(def.id).replace(u'.', u'_'));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    switch (def.type) {
    case FieldType::Enum:
        buildEnum();
        break;
    case FieldType::Boolean:
        buildBoolean();
        break;
    case FieldType::Address:
        buildAddress(true);
        break;
    case FieldType::Division:
        buildAddress(false);
        break;
    case FieldType::LongText:
        m_text = new QPlainTextEdit(this);
        m_text->setTabChangesFocus(true);
        m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
        m_focus = m_last = m_text;
        layout->addWidget(m_text);
        connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_settingValue)
                Q_EMIT valueEdited(value());
        });
        break;
    default:
        buildLineEdit();
        break;
    }
    if (!m_province)
        m_focus->setObjectName(editorObjectName(def.id));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("fieldMessage_") + QString(def.id).replace(u'.', u'_'));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setVisible(false);
    layout->addWidget(m_message);
    if (!def.help.isEmpty())
        m_focus->setWhatsThis(def.help.text());
}

void FieldEditor::buildLineEdit()
{
    auto* row = new QHBoxLayout;
    m_line = new QLineEdit(this);
    m_focus = m_last = m_line;
    if (m_def.maxLength > 0)
        m_line->setMaxLength(m_def.maxLength);
    switch (m_def.type) {
    case FieldType::IdNumber:
        m_line->setMaxLength(18);
        m_line->setPlaceholderText(tr("18 characters; the last may be X"));
        break;
    case FieldType::CreditCode:
        m_line->setMaxLength(18);
        m_line->setPlaceholderText(tr("18-character unified social credit code"));
        break;
    case FieldType::Mobile:
        m_line->setMaxLength(11);
        m_line->setPlaceholderText(tr("11-digit mobile number"));
        m_line->setInputMethodHints(Qt::ImhDigitsOnly);
        break;
    case FieldType::Date:
        m_line->setPlaceholderText(tr("YYYY-MM-DD"));
        break;
    case FieldType::DateTime:
        m_line->setPlaceholderText(tr("YYYY-MM-DD HH:MM"));
        break;
    case FieldType::Money:
        m_line->setPlaceholderText(tr("yuan, e.g. 1200.50"));
        break;
    default:
        break;
    }
    row->addWidget(m_line, 1);
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("fieldSource_") + QString(m_def.id).replace(u'.', u'_'));
    m_badge->setVisible(false);
    row->addWidget(m_badge);
    static_cast<QVBoxLayout*>(layout())->addLayout(row);
    m_line->installEventFilter(this);
    connect(m_line, &QLineEdit::textEdited, this, [this](const QString& text) {
        // Resident IDs and credit codes are upper case; a scanner or a clerk may type x.
        if ((m_def.type == FieldType::IdNumber || m_def.type == FieldType::CreditCode)
            && text != text.toUpper()) {
            const int pos = m_line->cursorPosition();
            m_line->setText(text.toUpper());
            m_line->setCursorPosition(pos);
        }
        Q_EMIT valueEdited(value());
    });
    connect(m_line, &QLineEdit::editingFinished, this, &FieldEditor::editingFinished);
}

void FieldEditor::buildEnum()
{
    m_combo = new QComboBox(this);
    m_focus = m_last = m_combo;
    m_combo->addItem(tr("— choose —"), QString());
    for (const catalog::Option& o : m_def.options)
        m_combo->addItem(o.label.text(), o.value);
    static_cast<QVBoxLayout*>(layout())->addWidget(m_combo);
    m_combo->installEventFilter(this);
    connect(m_combo, &QComboBox::activated, this, [this] {
        Q_EMIT valueEdited(value());
        Q_EMIT editingFinished();
    });
}

void FieldEditor::buildBoolean()
{
    m_combo = new QComboBox(this);
    m_focus = m_last = m_combo;
    m_combo->addItem(tr("— choose —"), QString());
    m_combo->addItem(tr("Yes"), QStringLiteral("true"));
    m_combo->addItem(tr("No"), QStringLiteral("false"));
    static_cast<QVBoxLayout*>(layout())->addWidget(m_combo);
    m_combo->installEventFilter(this);
    connect(m_combo, &QComboBox::activated, this, [this] {
        Q_EMIT valueEdited(value());
        Q_EMIT editingFinished();
    });
}

void FieldEditor::buildAddress(bool withDetail)
{
    auto* row = new QHBoxLayout;
    m_province = new QComboBox(this);
    m_city = new QComboBox(this);
    m_county = new QComboBox(this);
    for (QComboBox* c : {m_province, m_city, m_county}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(6);
        c->installEventFilter(this);
        row->addWidget(c, 1);
    }
    m_province->setObjectName(editorObjectName(m_def.id) + QStringLiteral("_province"));
    m_city->setObjectName(editorObjectName(m_def.id) + QStringLiteral("_city"));
    m_county->setObjectName(editorObjectName(m_def.id) + QStringLiteral("_county"));
    fillDivisionCombo(m_province, QString());
    fillDivisionCombo(m_city, QStringLiteral("-"));
    fillDivisionCombo(m_county, QStringLiteral("-"));
    auto* box = static_cast<QVBoxLayout*>(layout());
    box->addLayout(row);
    m_focus = m_province;
    m_last = m_county;
    if (withDetail) {
        m_detail = new QLineEdit(this);
        m_detail->setObjectName(editorObjectName(m_def.id) + QStringLiteral("_detail"));
        m_detail->setPlaceholderText(tr("Street, building, room"));
        if (m_def.maxLength > 0)
            m_detail->setMaxLength(m_def.maxLength);
        m_detail->installEventFilter(this);
        box->addWidget(m_detail);
        m_last = m_detail;
        connect(m_detail, &QLineEdit::textEdited, this, &FieldEditor::emitEdited);
        connect(m_detail, &QLineEdit::editingFinished, this, &FieldEditor::editingFinished);
    }
    connect(m_province, &QComboBox::activated, this, [this] {
        fillDivisionCombo(m_city, m_province->currentData().toString());
        fillDivisionCombo(m_county, QStringLiteral("-"));
        emitEdited();
    });
    connect(m_city, &QComboBox::activated, this, [this] {
        fillDivisionCombo(m_county, m_city->currentData().toString());
        emitEdited();
    });
    connect(m_county, &QComboBox::activated, this, &FieldEditor::emitEdited);
}

void FieldEditor::fillDivisionCombo(QComboBox* combo, const QString& parentCode)
{
    combo->clear();
    const auto& registry = validation::DivisionRegistry::instance();
    const QString placeholder = combo == m_province ? tr("Province")
        : combo == m_city                           ? tr("City")
                                                    : tr("County");
    combo->addItem(placeholder, QString());
    if (parentCode == QStringLiteral("-"))
        return;
    const QStringList codes = parentCode.isEmpty() ? registry.provinces() : registry.children(parentCode);
    for (const QString& code : codes)
        combo->addItem(registry.name(code), code);
}

void FieldEditor::emitEdited()
{
    if (!m_settingValue)
        Q_EMIT valueEdited(value());
}

void FieldEditor::takeCompletion(const QString& text)
{
    // QLineEdit connects its own handler only when it gains focus, so it may run after this one.
    if (QLineEdit* input = completionInput())
        input->setText(text);
    emitEdited();
}

QJsonValue FieldEditor::value() const
{
    if (m_line)
        return m_line->text().isEmpty() ? QJsonValue() : QJsonValue(m_line->text());
    if (m_text)
        return m_text->toPlainText().isEmpty() ? QJsonValue() : QJsonValue(m_text->toPlainText());
    if (m_combo) {
        const QString v = m_combo->currentData().toString();
        if (v.isEmpty())
            return {};
        if (m_def.type == FieldType::Boolean)
            return v == QStringLiteral("true");
        return v;
    }
    if (m_province) {
        QString code = m_county->currentData().toString();
        if (code.isEmpty())
            code = m_city->currentData().toString();
        if (code.isEmpty())
            code = m_province->currentData().toString();
        if (!m_detail)
            return code.isEmpty() ? QJsonValue() : QJsonValue(code);
        if (code.isEmpty() && m_detail->text().isEmpty())
            return {};
        return QJsonObject {{QStringLiteral("division"), code}, {QStringLiteral("detail"), m_detail->text()}};
    }
    return {};
}

void FieldEditor::setValue(const QJsonValue& value)
{
    m_settingValue = true;
    if (m_line) {
        const QString text = value.isDouble() ? QString::number(value.toDouble(), 'g', 15) : value.toString();
        if (m_line->text() != text)
            m_line->setText(text);
    } else if (m_text) {
        if (m_text->toPlainText() != value.toString())
            m_text->setPlainText(value.toString());
    } else if (m_combo) {
        QString key = value.isBool() ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                     : value.toString();
        m_combo->setCurrentIndex(std::max(0, m_combo->findData(key)));
    } else if (m_province) {
        const QString code = value.isObject() ? value.toObject().value(QStringLiteral("division")).toString()
                                              : value.toString();
        const auto& registry = validation::DivisionRegistry::instance();
        const QString province = registry.province(code);
        QString city = registry.level(code) == validation::DivisionRegistry::Level::County
            ? registry.parent(code)
            : registry.level(code) == validation::DivisionRegistry::Level::Prefecture ? code
                                                                                      : QString();
        fillDivisionCombo(m_city, province.isEmpty() ? QStringLiteral("-") : province);
        fillDivisionCombo(m_county, city.isEmpty() ? QStringLiteral("-") : city);
        m_province->setCurrentIndex(std::max(0, m_province->findData(province)));
        m_city->setCurrentIndex(std::max(0, m_city->findData(city)));
        m_county->setCurrentIndex(std::max(0, m_county->findData(code)));
        if (m_detail)
            m_detail->setText(value.toObject().value(QStringLiteral("detail")).toString());
    }
    m_settingValue = false;
}

void FieldEditor::setMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_focus->setProperty("invalid", !message.isEmpty());
    m_focus->setAccessibleDescription(message);
}

QString FieldEditor::message() const
{
    return m_message->text();
}

void FieldEditor::setProvenance(const intake::FieldValue& value, const QString& sourceLabel)
{
    if (!m_badge)
        return;
    const bool prefilled = value.origin != intake::FieldOrigin::Typed && !value.source.isEmpty();
    m_badge->setVisible(prefilled);
    if (!prefilled)
        return;
    const QString mark = value.origin == intake::FieldOrigin::Prefilled ? QStringLiteral("◆")
        : value.origin == intake::FieldOrigin::PrefilledConfirmed       ? QStringLiteral("✔")
                                                                        : QStringLiteral("✎");
    m_badge->setText(mark + u' ' + sourceLabel);
    m_badge->setToolTip(tr("From %1, obtained %2")
                            .arg(sourceLabel, QLocale().toString(value.obtainedAt, QLocale::ShortFormat)));
}

void FieldEditor::setUsedBy(const QStringList& itemNames)
{
    const QString tip = tr("Used by: %1").arg(itemNames.join(QStringLiteral("、")));
    setToolTip(tip);
    m_focus->setToolTip(tip);
}

void FieldEditor::setRequired(bool required)
{
    m_focus->setProperty("required", required);
}

bool FieldEditor::eventFilter(QObject* watched, QEvent* event)
{
    // Enter moves to the next field, like Tab: clerks keep their hands on the keyboard.
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() == Qt::NoModifier) {
            if (auto* w = qobject_cast<QWidget*>(watched)) {
                if (auto* combo = qobject_cast<QComboBox*>(w);
                    combo && combo->view() && combo->view()->isVisible())
                    return QWidget::eventFilter(watched, event);
                Q_EMIT editingFinished();
                QKeyEvent tab(QEvent::KeyPress, Qt::Key_Tab, Qt::NoModifier);
                QCoreApplication::sendEvent(w, &tab);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ow::ui
