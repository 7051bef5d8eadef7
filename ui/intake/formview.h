#pragma once

#include <QHash>
#include <QPointer>
#include <QScrollArea>

#include <memory>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ow::intake {
class IntakeSession;
}
namespace ow::prefill {
class Autocomplete;
class PrefillEngine;
} // namespace ow::prefill

namespace ow::ui {

class FieldEditor;

// The one merged form (一表申请): the canonical fields the selected items need, each asked once, grouped by
// section, built at run time from the plan and rebuilt when the guidance answers change it. Editors keep
// their values across rebuilds. Enter moves to the next field; F8 jumps to the first field still missing.
class FormView final : public QScrollArea
{
    Q_OBJECT
public:
    // `prefill` confirms sections (PrefillEngine::confirmSection: fields in conflict and empty ones are
    // left).
    FormView(intake::IntakeSession& session, prefill::PrefillEngine& prefill, QWidget* parent = nullptr);

    FieldEditor* editor(const QString& fieldId) const;
    QStringList fieldOrder() const { return m_order; }
    // Moves the focus to the first required field that is still empty; false if none.
    bool focusFirstMissing();
    bool focusField(const QString& fieldId);
    // Confirms the prefilled values of a section that are not in conflict; returns how many.
    int confirmSection(const QString& section);
    // Past values pop up under the free-text fields the source suggests for (names and numbers never).
    void setAutocomplete(std::shared_ptr<const prefill::Autocomplete> source);
    // A prefill source's name for the clerk ("sharedData" → "shared data").
    static QString sourceLabel(const QString& source);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void refreshMissing();
    void refreshConfirmButtons();
    void refreshEditor(const QString& fieldId);
    void onEdited(FieldEditor* editor, const QJsonValue& value);
    void attachCompleter(FieldEditor* editor);

    intake::IntakeSession& m_session;
    prefill::PrefillEngine& m_prefill;
    QWidget* m_content = nullptr;
    QVBoxLayout* m_sections = nullptr;
    QLabel* m_missingLabel = nullptr;
    QPushButton* m_jumpButton = nullptr;
    QHash<QString, QPointer<FieldEditor>> m_editors;
    QStringList m_order;
    std::shared_ptr<const prefill::Autocomplete> m_autocomplete;
};

} // namespace ow::ui
