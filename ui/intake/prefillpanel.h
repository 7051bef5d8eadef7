#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace ow::prefill {
class ConflictModel;
class PrefillEngine;
class SimulatedCardReader;
struct CardData;
} // namespace ow::prefill

namespace ow::intake {
class IntakeSession;
}

namespace ow::ui {

// Prefill at the top of the form: the ID-card reader (for the role the clerk picks), what each source did,
// and the conflicts between sources shown side by side for the clerk to choose.
class PrefillPanel final : public QWidget
{
    Q_OBJECT
public:
    PrefillPanel(intake::IntakeSession& session, prefill::PrefillEngine& engine,
        prefill::SimulatedCardReader& reader, QWidget* parent = nullptr);

    QString selectedRole() const;
    void setRole(const QString& section);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refreshRoles();
    void refreshSources();
    void onCard(const prefill::CardData& card);
    void advanceToNextRole();

    intake::IntakeSession& m_session;
    prefill::PrefillEngine& m_engine;
    prefill::SimulatedCardReader& m_reader;
    prefill::ConflictModel* m_conflicts = nullptr;
    QLabel* m_roleLabel = nullptr;
    QComboBox* m_role = nullptr;
    QPushButton* m_readFile = nullptr;
    QLabel* m_cardStatus = nullptr;
    QLabel* m_sources = nullptr;
    QLabel* m_conflictLabel = nullptr;
    QTableView* m_conflictTable = nullptr;
    QPushButton* m_choose = nullptr;
};

} // namespace ow::ui
