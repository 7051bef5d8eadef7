#include "ui/intake/guidancepanel.h"

#include "app/intake/intakesession.h"
#include "ui/widgets/headinglabel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ow::ui {

GuidancePanel::GuidancePanel(intake::IntakeSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("guidancePanel"));
    m_heading = new HeadingLabel(QString(), 1.2, this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    m_questions = new QWidget(scroll);
    auto* qLayout = new QVBoxLayout(m_questions);
    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    qLayout->addLayout(m_form);
    m_proxy = new QCheckBox(m_questions);
    m_proxy->setObjectName(QStringLiteral("proxyCheckBox"));
    m_consent = new QCheckBox(m_questions);
    m_consent->setObjectName(QStringLiteral("consentCheckBox"));
    qLayout->addSpacing(8);
    qLayout->addWidget(m_proxy);
    qLayout->addWidget(m_consent);
    qLayout->addStretch(1);
    scroll->setWidget(m_questions);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);

    connect(m_proxy, &QCheckBox::toggled, &m_session, &intake::IntakeSession::setProxy);
    connect(m_consent, &QCheckBox::toggled, &m_session, &intake::IntakeSession::setConsent);
    connect(&m_session, &intake::IntakeSession::started, this, &GuidancePanel::rebuild);
    rebuild();
}

void GuidancePanel::rebuild()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_heading->setText(tr("Situation"));
    m_intro->setText(tr("Answer with the applicant. Each answer changes at once which items, form fields and "
                        "materials this case needs; the summary on the right shows what changed."));
    m_proxy->setText(
        tr("Someone applies on the applicant's behalf (代办) — adds the authorisation materials"));
    m_consent->setText(tr("The applicant agrees that shared government data may be looked up for this case"));
    if (!m_session.isActive())
        return;
    const catalog::BundleDef* bundle = m_session.catalog().bundle(m_session.caseData().bundleCode);
    if (!bundle)
        return;
    for (const catalog::Question& q : bundle->questions) {
        const QString base = QStringLiteral("question_") + q.id;
        const QJsonValue current = m_session.answer(q.id);
        auto* label = new QLabel(q.text.text());
        label->setWordWrap(true);
        if (!q.help.isEmpty())
            label->setToolTip(q.help.text());
        QWidget* editor = nullptr;
        if (q.type == QStringLiteral("boolean")) {
            auto* box = new QWidget;
            auto* row = new QHBoxLayout(box);
            row->setContentsMargins(0, 0, 0, 0);
            auto* yes = new QRadioButton(tr("Yes"), box);
            auto* no = new QRadioButton(tr("No"), box);
            yes->setObjectName(base + QStringLiteral("_yesRadioButton"));
            no->setObjectName(base + QStringLiteral("_noRadioButton"));
            auto* group = new QButtonGroup(box);
            group->addButton(yes);
            group->addButton(no);
            if (current.isBool())
                (current.toBool() ? yes : no)->setChecked(true);
            row->addWidget(yes);
            row->addWidget(no);
            row->addStretch(1);
            const QString id = q.id;
            connect(yes, &QRadioButton::toggled, this, [this, id](bool on) {
                if (on)
                    m_session.setAnswer(id, true);
            });
            connect(no, &QRadioButton::toggled, this, [this, id](bool on) {
                if (on)
                    m_session.setAnswer(id, false);
            });
            editor = box;
            label->setBuddy(yes);
        } else if (q.type == QStringLiteral("choice")) {
            auto* combo = new QComboBox;
            combo->setObjectName(base + QStringLiteral("_comboBox"));
            combo->addItem(tr("— choose —"), QString());
            for (const catalog::Option& o : q.options)
                combo->addItem(o.label.text(), o.value);
            combo->setCurrentIndex(std::max(0, combo->findData(current.toString())));
            const QString id = q.id;
            connect(combo, &QComboBox::activated, this, [this, combo, id] {
                const QString v = combo->currentData().toString();
                m_session.setAnswer(id, v.isEmpty() ? QJsonValue() : QJsonValue(v));
            });
            editor = combo;
            label->setBuddy(combo);
        } else if (q.type == QStringLiteral("number")) {
            auto* spin = new QSpinBox;
            spin->setObjectName(base + QStringLiteral("_spinBox"));
            spin->setRange(0, 100000000);
            spin->setValue(current.toInt());
            const QString id = q.id;
            connect(spin, &QSpinBox::valueChanged, this, [this, id](int v) { m_session.setAnswer(id, v); });
            editor = spin;
            label->setBuddy(spin);
        } else {
            auto* line = new QLineEdit;
            line->setObjectName(base + QStringLiteral("_lineEdit"));
            line->setText(current.toString());
            if (q.type == QStringLiteral("date"))
                line->setPlaceholderText(tr("YYYY-MM-DD"));
            const QString id = q.id;
            connect(line, &QLineEdit::editingFinished, this,
                [this, line, id] { m_session.setAnswer(id, line->text()); });
            editor = line;
            label->setBuddy(line);
        }
        m_form->addRow(label, editor);
    }
    syncFromSession();
}

void GuidancePanel::syncFromSession()
{
    const QSignalBlocker b1(m_proxy), b2(m_consent);
    m_proxy->setChecked(m_session.caseData().proxy);
    m_consent->setChecked(m_session.caseData().consentSharedData);
}

void GuidancePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace ow::ui
