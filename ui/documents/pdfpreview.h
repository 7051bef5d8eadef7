#pragma once

#include <QBuffer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPdfDocument;
class QPdfSearchModel;
class QPdfView;
class QToolButton;

namespace ow::ui {

// A PDF viewer inside the window (QtPDF): page navigation, zoom, text search and printing.
// Pages render asynchronously in QPdfView, so large files do not block the window.
class PdfPreview final : public QWidget
{
    Q_OBJECT
public:
    explicit PdfPreview(QWidget* parent = nullptr);
    ~PdfPreview() override;

    bool loadFile(const QString& path);
    bool loadData(const QByteArray& pdf);
    void clear();
    int pageCount() const;
    int currentPage() const;
    QPdfDocument* document() const { return m_document; }

public Q_SLOTS:
    void nextPage();
    void previousPage();
    void zoomIn();
    void zoomOut();
    void fitWidth();
    void print();

Q_SIGNALS:
    void loaded(int pages);

protected:
    void changeEvent(QEvent* event) override;

private:
    void goToPage(int page);
    void updatePageLabel();
    void runSearch();
    void showNextResult();
    void retranslate();

    QPdfDocument* m_document = nullptr;
    QPdfView* m_view = nullptr;
    QPdfSearchModel* m_search = nullptr;
    QBuffer m_buffer;
    QByteArray m_bytes;
    QLabel* m_pageLabel = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QLabel* m_resultsLabel = nullptr;
    QToolButton* m_prev = nullptr;
    QToolButton* m_next = nullptr;
    QToolButton* m_zoomIn = nullptr;
    QToolButton* m_zoomOut = nullptr;
    QToolButton* m_fit = nullptr;
    QToolButton* m_print = nullptr;
    int m_resultIndex = -1;
};

} // namespace ow::ui
