#pragma once

#include "app/catalog/catalog.h"
#include "app/intake/casedata.h"

#include <QJsonValue>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ow::ui {

// The editor for one canonical field, built from its dictionary entry: the input widget for its type,
// an inline message line under it, and a badge showing where a prefilled value came from.
// The input widget's object name is "fieldEditor_<section>_<name>" (dots become underscores).
class FieldEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit FieldEditor(const catalog::FieldDef& def, QWidget* parent = nullptr);

    static QString editorObjectName(const QString& fieldId);

    QString fieldId() const { return m_def.id; }
    const catalog::FieldDef& definition() const { return m_def; }
    QJsonValue value() const;
    void setValue(const QJsonValue& value); // does not emit valueEdited
    void setMessage(const QString& message);
    QString message() const;
    void setProvenance(const intake::FieldValue& value, const QString& sourceLabel);
    void setUsedBy(const QStringList& itemNames);
    void setRequired(bool required);
    QWidget* focusWidget() const { return m_focus; }
    // The first widget of the editor, for Tab order.
    QWidget* firstInput() const { return m_focus; }
    QWidget* lastInput() const { return m_last; }
    // The line a completer of past values can serve: a one-line text, or an address's street part.
    QLineEdit* completionInput() const { return m_detail ? m_detail : m_line; }
    // The clerk took a suggestion of the completer on completionInput(): it counts as the clerk's edit.
    void takeCompletion(const QString& text);

Q_SIGNALS:
    void valueEdited(const QJsonValue& value);
    void editingFinished();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildLineEdit();
    void buildEnum();
    void buildBoolean();
    void buildAddress(bool withDetail);
    void fillDivisionCombo(QComboBox* combo, const QString& parentCode);
    void emitEdited();

    catalog::FieldDef m_def;
    QLineEdit* m_line = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QComboBox* m_combo = nullptr;
    QComboBox* m_province = nullptr;
    QComboBox* m_city = nullptr;
    QComboBox* m_county = nullptr;
    QLineEdit* m_detail = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_badge = nullptr;
    QWidget* m_focus = nullptr;
    QWidget* m_last = nullptr;
    bool m_settingValue = false;
};

} // namespace ow::ui
