#include "ui/intake/formview.h"

#include "app/intake/intakesession.h"
#include "app/prefill/autocomplete.h"
#include "app/prefill/candidate.h"
#include "app/prefill/prefillengine.h"
#include "ui/intake/fieldeditor.h"
#include "ui/intake/suggestioncompleter.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QVBoxLayout>

namespace ow::ui {

FormView::FormView(intake::IntakeSession& session, prefill::PrefillEngine& prefill, QWidget* parent)
    : QScrollArea(parent)
    , m_session(session)
    , m_prefill(prefill)
{
    setObjectName(QStringLiteral("formView"));
    setWidgetResizable(true);
    m_content = new QWidget(this);
    auto* outer = new QVBoxLayout(m_content);
    auto* top = new QHBoxLayout;
    m_missingLabel = new QLabel(m_content);
    m_missingLabel->setObjectName(QStringLiteral("missingFieldsLabel"));
    m_missingLabel->setWordWrap(true);
    m_jumpButton = new QPushButton(m_content);
    m_jumpButton->setObjectName(QStringLiteral("jumpToMissingPushButton"));
    top->addWidget(m_missingLabel, 1);
    top->addWidget(m_jumpButton);
    outer->addLayout(top);
    m_sections = new QVBoxLayout;
    outer->addLayout(m_sections);
    outer->addStretch(1);
    setWidget(m_content);

    auto* shortcut = new QShortcut(QKeySequence(Qt::Key_F8), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &FormView::focusFirstMissing);
    connect(m_jumpButton, &QPushButton::clicked, this, &FormView::focusFirstMissing);
    connect(&m_session, &intake::IntakeSession::planChanged, this, &FormView::rebuild);
    connect(&m_session, &intake::IntakeSession::started, this, &FormView::rebuild);
    connect(&m_session, &intake::IntakeSession::fieldChanged, this, &FormView::refreshEditor);
    connect(&m_session, &intake::IntakeSession::problemsChanged, this, &FormView::refreshMissing);
    m_jumpButton->setText(tr("First missing (F8)"));
    rebuild();
}

FieldEditor* FormView::editor(const QString& fieldId) const
{
    return m_editors.value(fieldId).data();
}

void FormView::rebuild()
{
    const catalog::Plan& plan = m_session.plan();
    QHash<QString, QString> itemNames;
    for (const catalog::PlannedItem& pi : plan.items)
        itemNames.insert(pi.item->code, pi.item->name.text());

    // Detach the editors, drop the old section boxes, then lay the plan's fields out again.
    for (auto& e : m_editors) {
        if (e)
            e->setParent(nullptr);
    }
    while (QLayoutItem* item = m_sections->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QHash<QString, QPointer<FieldEditor>> kept;
    m_order.clear();
    QString currentSection;
    QFormLayout* form = nullptr;
    QWidget* previous = nullptr;
    for (const catalog::PlannedField& pf : plan.fields) {
        const catalog::FieldDef& def = *pf.field;
        if (def.section != currentSection || !form) {
            currentSection = def.section;
            const catalog::Section* section = m_session.catalog().section(def.section);
            auto* box = new QGroupBox(section ? section->label.text() : def.section, m_content);
            box->setObjectName(QStringLiteral("formSection_") + def.section);
            form = new QFormLayout(box);
            form->setRowWrapPolicy(QFormLayout::WrapLongRows);
            form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            // One action accepts every prefilled value of the section.
            auto* confirm = new QPushButton(tr("Confirm the prefilled values of this section"), box);
            confirm->setObjectName(QStringLiteral("confirmSection_") + def.section);
            const QString sectionId = def.section;
            connect(confirm, &QPushButton::clicked, this, [this, sectionId] { confirmSection(sectionId); });
            form->addRow(confirm);
            m_sections->addWidget(box);
        }
        FieldEditor* editor = m_editors.value(def.id).data();
        if (!editor) {
            editor = new FieldEditor(def);
            connect(editor, &FieldEditor::valueEdited, this,
                [this, editor](const QJsonValue& v) { onEdited(editor, v); });
            connect(editor, &FieldEditor::editingFinished, this,
                [this, editor] { editor->setMessage(m_session.fieldProblem(editor->fieldId())); });
            attachCompleter(editor);
        }
        kept.insert(def.id, editor);
        m_order << def.id;
        QStringList users;
        for (const QString& code : pf.usedBy)
            users << itemNames.value(code, code);
        editor->setUsedBy(users);
        editor->setRequired(pf.required);
        auto* label = new QLabel(def.label.text() + (pf.required ? QStringLiteral(" *") : QString()));
        label->setBuddy(editor->focusWidget());
        label->setToolTip(editor->toolTip());
        form->addRow(label, editor);
        editor->setValue(m_session.caseData().fieldValue(def.id));
        if (previous)
            QWidget::setTabOrder(previous, editor->firstInput());
        previous = editor->lastInput();
    }
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it) {
        if (it.value() && !kept.contains(it.key()))
            delete it.value().data();
    }
    m_editors = kept;
    for (const QString& id : std::as_const(m_order))
        refreshEditor(id);
    refreshMissing();
    refreshConfirmButtons();
}

int FormView::confirmSection(const QString& section)
{
    const int confirmed = m_prefill.confirmSection(section);
    refreshConfirmButtons();
    return confirmed;
}

void FormView::refreshConfirmButtons()
{
    QSet<QString> withPrefilled;
    for (const QString& id : std::as_const(m_order)) {
        if (m_session.caseData().fields.value(id).origin == intake::FieldOrigin::Prefilled) {
            if (const catalog::FieldDef* def = m_session.catalog().field(id))
                withPrefilled.insert(def->section);
        }
    }
    const auto buttons = m_content->findChildren<QPushButton*>();
    for (QPushButton* b : buttons) {
        if (b->objectName().startsWith(QStringLiteral("confirmSection_")))
            b->setVisible(withPrefilled.contains(b->objectName().mid(15)));
    }
}

void FormView::onEdited(FieldEditor* editor, const QJsonValue& value)
{
    m_session.setFieldValue(editor->fieldId(), value);
    // Re-check while typing only once a message is showing (so it clears as soon as the value is right) or
    // when a fixed-length value is complete; otherwise wait for the clerk to leave the field.
    const QString text = value.toString();
    const int max = editor->definition().maxLength;
    const bool complete = (editor->definition().type == catalog::FieldType::IdNumber && text.size() >= 18)
        || (editor->definition().type == catalog::FieldType::CreditCode && text.size() >= 18)
        || (max > 0 && text.size() >= max) || !value.isString();
    if (!editor->message().isEmpty() || complete)
        editor->setMessage(m_session.fieldProblem(editor->fieldId()));
}

void FormView::refreshEditor(const QString& fieldId)
{
    FieldEditor* editor = m_editors.value(fieldId).data();
    if (!editor)
        return;
    const intake::FieldValue fv = m_session.caseData().fields.value(fieldId);
    if (editor->value() != fv.value && !(fv.value.isUndefined() && editor->value().isNull()))
        editor->setValue(fv.value);
    editor->setProvenance(fv, sourceLabel(fv.source));
    if (fv.origin != intake::FieldOrigin::Typed && !fv.isEmpty())
        editor->setMessage(m_session.fieldProblem(fieldId));
    refreshConfirmButtons();
}

void FormView::refreshMissing()
{
    const QStringList missing = m_session.missingFieldIds();
    if (missing.isEmpty()) {
        m_missingLabel->setText(tr("All required fields are filled."));
    } else {
        QStringList names;
        for (const QString& id : missing.mid(0, 6)) {
            const catalog::FieldDef* def = m_session.catalog().field(id);
            names << (def ? def->label.text() : id);
        }
        QString text = tr("Still missing %n field(s): ", nullptr, int(missing.size()))
            + names.join(QStringLiteral("、"));
        if (missing.size() > 6)
            text += QStringLiteral("…");
        m_missingLabel->setText(text);
    }
    m_jumpButton->setEnabled(!missing.isEmpty());
}

bool FormView::focusFirstMissing()
{
    const QStringList missing = m_session.missingFieldIds();
    for (const QString& id : std::as_const(m_order)) {
        if (missing.contains(id))
            return focusField(id);
    }
    return false;
}

bool FormView::focusField(const QString& fieldId)
{
    FieldEditor* e = editor(fieldId);
    if (!e)
        return false;
    ensureWidgetVisible(e);
    e->focusWidget()->setFocus(Qt::ShortcutFocusReason);
    return true;
}

QString FormView::sourceLabel(const QString& source)
{
    namespace sources = prefill::sources;
    if (source == sources::idCard)
        return tr("ID card");
    if (source == sources::idNumber)
        return tr("from the ID number");
    if (source == sources::history)
        return tr("earlier case");
    if (source == sources::sharedData)
        return tr("shared data");
    if (source == sources::verification)
        return tr("verified");
    if (source == sources::pdf || source == QStringLiteral("eCertificate"))
        return tr("e-certificate");
    if (source == sources::derived)
        return tr("computed");
    return source;
}

void FormView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_jumpButton->setText(tr("First missing (F8)"));
        rebuild();
    }
    QScrollArea::changeEvent(event);
}

void FormView::setAutocomplete(std::shared_ptr<const prefill::Autocomplete> source)
{
    m_autocomplete = std::move(source);
    for (const auto& editor : std::as_const(m_editors)) {
        if (editor)
            attachCompleter(editor);
    }
}

void FormView::attachCompleter(FieldEditor* editor)
{
    QLineEdit* input = editor->completionInput();
    if (!m_autocomplete || !input || input->completer() || !m_autocomplete->isSuggestable(editor->fieldId()))
        return;
    auto* completer = new SuggestionCompleter(m_autocomplete, editor->fieldId(), input);
    connect(
        completer, qOverload<const QString&>(&QCompleter::activated), editor, &FieldEditor::takeCompletion);
}

} // namespace ow::ui
