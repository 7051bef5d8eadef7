#pragma once

#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;

namespace ow::intake {
class IntakeSession;
}

namespace ow::ui {

class HeadingLabel;

// Situation guidance (情形引导): the bundle's questions on one screen, plus 代办 and consent to shared-data
// look-ups. Each answer goes straight to the session, which recomputes the plan at once.
// Object names: question_<id>_yesRadioButton / _noRadioButton (yes/no), question_<id>_comboBox (choices),
// question_<id>_spinBox (numbers), question_<id>_lineEdit (dates); proxyCheckBox, consentCheckBox.
class GuidancePanel final : public QWidget
{
    Q_OBJECT
public:
    explicit GuidancePanel(intake::IntakeSession& session, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void syncFromSession();

    intake::IntakeSession& m_session;
    HeadingLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QWidget* m_questions = nullptr;
    QFormLayout* m_form = nullptr;
    QCheckBox* m_proxy = nullptr;
    QCheckBox* m_consent = nullptr;
};

} // namespace ow::ui
