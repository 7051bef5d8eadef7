#include "ui/intake/prefillpanel.h"

#include "app/common/mask.h"
#include "app/intake/intakesession.h"
#include "app/prefill/conflictmodel.h"
#include "app/prefill/prefillengine.h"
#include "app/prefill/simulatedcardreader.h"
#include "ui/intake/formview.h"
#include "ui/widgets/dialogs.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ow::ui {

PrefillPanel::PrefillPanel(intake::IntakeSession& session, prefill::PrefillEngine& engine,
    prefill::SimulatedCardReader& reader, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_engine(engine)
    , m_reader(reader)
{
    setObjectName(QStringLiteral("prefillPanel"));
    m_conflicts = new prefill::ConflictModel(&m_engine, this);
    m_roleLabel = new QLabel(this);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("cardRoleComboBox"));
    m_roleLabel->setBuddy(m_role);
    m_readFile = new QPushButton(this);
    m_readFile->setObjectName(QStringLiteral("readCardFilePushButton"));
    m_cardStatus = new QLabel(this);
    m_cardStatus->setObjectName(QStringLiteral("cardStatusLabel"));
    m_cardStatus->setWordWrap(true);
    m_sources = new QLabel(this);
    m_sources->setObjectName(QStringLiteral("prefillSourcesLabel"));
    m_sources->setWordWrap(true);
    m_conflictLabel = new QLabel(this);
    m_conflictLabel->setWordWrap(true);
    m_conflictTable = new QTableView(this);
    m_conflictTable->setObjectName(QStringLiteral("conflictTableView"));
    m_conflictTable->setModel(m_conflicts);
    m_conflictTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conflictTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_conflictTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conflictTable->verticalHeader()->setVisible(false);
    m_conflictTable->horizontalHeader()->setStretchLastSection(true);
    m_conflictTable->setMaximumHeight(m_conflictTable->fontMetrics().lineSpacing() * 8);
    m_choose = new QPushButton(this);
    m_choose->setObjectName(QStringLiteral("chooseCandidatePushButton"));

    auto* cardRow = new QHBoxLayout;
    cardRow->addWidget(m_roleLabel);
    cardRow->addWidget(m_role);
    cardRow->addWidget(m_readFile);
    cardRow->addWidget(m_cardStatus, 1);
    auto* conflictRow = new QHBoxLayout;
    conflictRow->addWidget(m_conflictLabel, 1);
    conflictRow->addWidget(m_choose);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(cardRow);
    layout->addWidget(m_sources);
    layout->addLayout(conflictRow);
    layout->addWidget(m_conflictTable);

    connect(&m_reader, &prefill::CardReader::cardRead, this, &PrefillPanel::onCard);
    connect(&m_reader, &prefill::CardReader::readFailed, this, [this](const ow::Error& e) {
        m_cardStatus->setText(tr("The card could not be read: %1").arg(e.message));
    });
    connect(m_readFile, &QPushButton::clicked, this, [this] {
        const QStringList files
            = Dialogs::openFileNames(this, tr("Read an ID card record"), tr("Card records (*.json)"));
        if (!files.isEmpty())
            (void)m_reader.readFile(files.first());
    });
    connect(m_choose, &QPushButton::clicked, this, [this] {
        if (m_conflictTable->currentIndex().isValid())
            m_conflicts->chooseRow(m_conflictTable->currentIndex().row());
    });
    connect(&m_engine, &prefill::PrefillEngine::sourceStatusChanged, this, &PrefillPanel::refreshSources);
    connect(&m_engine, &prefill::PrefillEngine::conflictsChanged, this, &PrefillPanel::refreshSources);
    connect(&m_session, &intake::IntakeSession::planChanged, this, &PrefillPanel::refreshRoles);
    connect(&m_session, &intake::IntakeSession::started, this, [this] {
        m_cardStatus->clear();
        refreshRoles();
        refreshSources();
    });
    retranslate();
}

QString PrefillPanel::selectedRole() const
{
    return m_role->currentData().toString();
}

void PrefillPanel::setRole(const QString& section)
{
    const int i = m_role->findData(section);
    if (i >= 0)
        m_role->setCurrentIndex(i);
}

void PrefillPanel::refreshRoles()
{
    const QString current = selectedRole();
    m_role->clear();
    for (const catalog::PlannedField& pf : m_session.plan().fields) {
        if (pf.field->type != catalog::FieldType::IdNumber)
            continue;
        const QString section = pf.field->section;
        if (m_role->findData(section) >= 0)
            continue;
        const catalog::Section* s = m_session.catalog().section(section);
        m_role->addItem(s ? s->label.text() : section, section);
    }
    const int i = m_role->findData(current);
    m_role->setCurrentIndex(i >= 0 ? i : 0);
    m_readFile->setEnabled(m_role->count() > 0);
}

void PrefillPanel::onCard(const prefill::CardData& card)
{
    const QString role = selectedRole();
    if (!m_session.isActive() || role.isEmpty()) {
        m_cardStatus->setText(tr("A card was read, but no intake with an ID field is open."));
        return;
    }
    const int filled = m_engine.applyCard(card, role);
    QString text = tr("Card of %1 (%2) read for %3: %n field(s) filled.", nullptr, filled)
                       .arg(mask::name(card.name), mask::idNumber(card.idNumber), m_role->currentText());
    for (const QString& w : card.warnings)
        text += u' ' + w;
    m_cardStatus->setText(text);
    advanceToNextRole();
}

void PrefillPanel::advanceToNextRole()
{
    // Parents swipe one after the other: the reader moves on to the next person whose ID is still empty.
    for (int step = 1; step < m_role->count(); ++step) {
        const int i = (m_role->currentIndex() + step) % m_role->count();
        const QString section = m_role->itemData(i).toString();
        bool hasNumber = false;
        for (const catalog::PlannedField& pf : m_session.plan().fields) {
            if (pf.field->section == section && pf.field->type == catalog::FieldType::IdNumber
                && !m_session.caseData().fields.value(pf.field->id).isEmpty()) {
                hasNumber = true;
                break;
            }
        }
        if (!hasNumber) {
            m_role->setCurrentIndex(i);
            return;
        }
    }
}

void PrefillPanel::refreshSources()
{
    QStringList parts;
    for (const prefill::PrefillEngine::SourceStatus& s : m_engine.sourceStatuses()) {
        if (s.state == prefill::PrefillEngine::SourceState::Idle)
            continue;
        QString line = FormView::sourceLabel(s.source);
        switch (s.state) {
        case prefill::PrefillEngine::SourceState::Running:
            line += QStringLiteral(": ") + tr("working…");
            break;
        case prefill::PrefillEngine::SourceState::Done:
            line += QStringLiteral(": ") + tr("%n filled", nullptr, s.offered);
            break;
        case prefill::PrefillEngine::SourceState::Failed:
            line = QStringLiteral("<span style='color:#b00020'>%1: %2</span>")
                       .arg(line.toHtmlEscaped(), s.message.toHtmlEscaped());
            break;
        case prefill::PrefillEngine::SourceState::Skipped:
            line += QStringLiteral(": ") + s.message;
            break;
        case prefill::PrefillEngine::SourceState::Idle:
            break;
        }
        parts << line;
    }
    m_sources->setText(parts.join(QStringLiteral(" · ")));
    m_sources->setVisible(!parts.isEmpty());
    const int conflicts = int(m_engine.conflicts().size());
    m_conflictLabel->setText(
        tr("%n field(s) where sources disagree — pick the right value:", nullptr, conflicts));
    m_conflictLabel->setVisible(conflicts > 0);
    m_conflictTable->setVisible(conflicts > 0);
    m_choose->setVisible(conflicts > 0);
}

void PrefillPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PrefillPanel::retranslate()
{
    m_roleLabel->setText(tr("ID &card for:"));
    m_readFile->setText(tr("Read card &file…"));
    m_readFile->setToolTip(tr("Swipe a card on the reader, or read a card record file"));
    m_choose->setText(tr("&Use this value"));
    if (m_cardStatus->text().isEmpty())
        m_cardStatus->setText(m_reader.isListening() ? tr("Waiting for a card on the reader.") : QString());
    refreshRoles();
    refreshSources();
}

} // namespace ow::ui
