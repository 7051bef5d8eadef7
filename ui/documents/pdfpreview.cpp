#include "ui/documents/pdfpreview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfSearchModel>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QToolButton>
#include <QVBoxLayout>

namespace ow::ui {

PdfPreview::PdfPreview(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("pdfPreview"));
    m_document = new QPdfDocument(this);
    m_search = new QPdfSearchModel(this);
    m_search->setDocument(m_document);

    auto* bar = new QHBoxLayout;
    auto makeButton = [this, bar](const QString& name, const QString& text) {
        auto* b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        bar->addWidget(b);
        return b;
    };
    m_prev = makeButton(QStringLiteral("pdfPreviousPageButton"), QStringLiteral("◀"));
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("pdfPageLabel"));
    bar->addWidget(m_pageLabel);
    m_next = makeButton(QStringLiteral("pdfNextPageButton"), QStringLiteral("▶"));
    m_zoomOut = makeButton(QStringLiteral("pdfZoomOutButton"), QStringLiteral("−"));
    m_zoomIn = makeButton(QStringLiteral("pdfZoomInButton"), QStringLiteral("+"));
    m_fit = makeButton(QStringLiteral("pdfFitWidthButton"), QString());
    bar->addStretch(1);
    m_print = makeButton(QStringLiteral("pdfPrintButton"), QString());
    // The search has a row of its own, so that the preview stays usable beside a list at 200 % font scale.
    auto* searchRow = new QHBoxLayout;
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("pdfSearchLineEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    searchRow->addWidget(m_searchEdit, 1);
    m_resultsLabel = new QLabel(this);
    m_resultsLabel->setObjectName(QStringLiteral("pdfSearchResultsLabel"));
    searchRow->addWidget(m_resultsLabel);

    m_view = new QPdfView(this);
    m_view->setObjectName(QStringLiteral("pdfView"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addLayout(searchRow);
    layout->addWidget(m_view, 1);

    connect(m_prev, &QToolButton::clicked, this, &PdfPreview::previousPage);
    connect(m_next, &QToolButton::clicked, this, &PdfPreview::nextPage);
    connect(m_zoomIn, &QToolButton::clicked, this, &PdfPreview::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, this, &PdfPreview::zoomOut);
    connect(m_fit, &QToolButton::clicked, this, &PdfPreview::fitWidth);
    connect(m_print, &QToolButton::clicked, this, &PdfPreview::print);
    connect(
        m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this, &PdfPreview::updatePageLabel);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &PdfPreview::runSearch);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &PdfPreview::showNextResult);
    connect(m_search, &QAbstractItemModel::rowsInserted, this,
        [this] { m_resultsLabel->setText(tr("%n match(es)", nullptr, m_search->rowCount({}))); });
    connect(m_search, &QAbstractItemModel::modelReset, this, [this] {
        m_resultsLabel->setText(
            m_searchEdit->text().isEmpty() ? QString() : tr("%n match(es)", nullptr, m_search->rowCount({})));
    });
    connect(m_document, &QPdfDocument::statusChanged, this, [this](QPdfDocument::Status s) {
        if (s == QPdfDocument::Status::Ready) {
            updatePageLabel();
            Q_EMIT loaded(m_document->pageCount());
        }
    });
    retranslate();
    updatePageLabel();
}

PdfPreview::~PdfPreview()
{
    m_search->setDocument(nullptr);
    m_view->setDocument(nullptr);
}

bool PdfPreview::loadFile(const QString& path)
{
    m_document->close();
    const bool ok = m_document->load(path) == QPdfDocument::Error::None;
    updatePageLabel();
    if (ok)
        Q_EMIT loaded(m_document->pageCount());
    return ok;
}

bool PdfPreview::loadData(const QByteArray& pdf)
{
    m_document->close();
    if (m_buffer.isOpen())
        m_buffer.close();
    m_bytes = pdf;
    m_buffer.setData(m_bytes);
    m_buffer.open(QIODevice::ReadOnly);
    m_document->load(&m_buffer);
    updatePageLabel();
    return m_document->status() != QPdfDocument::Status::Error;
}

void PdfPreview::clear()
{
    m_document->close();
    updatePageLabel();
}

int PdfPreview::pageCount() const
{
    return m_document->pageCount();
}
int PdfPreview::currentPage() const
{
    return m_view->pageNavigator()->currentPage();
}

void PdfPreview::goToPage(int page)
{
    if (page < 0 || page >= m_document->pageCount())
        return;
    m_view->pageNavigator()->jump(page, {}, m_view->pageNavigator()->currentZoom());
    updatePageLabel();
}

void PdfPreview::nextPage()
{
    goToPage(currentPage() + 1);
}
void PdfPreview::previousPage()
{
    goToPage(currentPage() - 1);
}

void PdfPreview::zoomIn()
{
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(std::min(4.0, m_view->zoomFactor() * 1.25));
}

void PdfPreview::zoomOut()
{
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(std::max(0.25, m_view->zoomFactor() / 1.25));
}

void PdfPreview::fitWidth()
{
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
}

void PdfPreview::updatePageLabel()
{
    const int pages = m_document->pageCount();
    m_pageLabel->setText(
        pages > 0 ? tr("Page %1 of %2").arg(currentPage() + 1).arg(pages) : tr("No document"));
    m_prev->setEnabled(pages > 0 && currentPage() > 0);
    m_next->setEnabled(pages > 0 && currentPage() + 1 < pages);
    m_print->setEnabled(pages > 0);
}

void PdfPreview::runSearch()
{
    m_resultIndex = -1;
    m_search->setSearchString(m_searchEdit->text());
}

void PdfPreview::showNextResult()
{
    const int count = m_search->rowCount({});
    if (count == 0)
        return;
    m_resultIndex = (m_resultIndex + 1) % count;
    const QPdfLink link = m_search->resultAtIndex(m_resultIndex);
    m_view->pageNavigator()->jump(link.page(), link.location(), m_view->pageNavigator()->currentZoom());
    m_resultsLabel->setText(tr("%1 of %2").arg(m_resultIndex + 1).arg(count));
}

void PdfPreview::print()
{
    if (m_document->pageCount() == 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    const QRect target = painter.viewport();
    for (int page = 0; page < m_document->pageCount(); ++page) {
        if (page > 0)
            printer.newPage();
        const QImage image = m_document->render(page, target.size());
        painter.drawImage(target, image);
    }
}

void PdfPreview::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PdfPreview::retranslate()
{
    m_prev->setToolTip(tr("Previous page"));
    m_next->setToolTip(tr("Next page"));
    m_zoomIn->setToolTip(tr("Zoom in"));
    m_zoomOut->setToolTip(tr("Zoom out"));
    m_fit->setText(tr("Fit width"));
    m_searchEdit->setPlaceholderText(tr("Search in the document…"));
    m_print->setText(tr("Print…"));
    updatePageLabel();
}

} // namespace ow::ui
