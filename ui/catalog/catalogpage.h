#pragma once

#include "app/services/services.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTabBar;
class QTextBrowser;
class QTimer;

namespace ow::ui {

class BundleListModel;
class HeadingLabel;

// The catalog browser: list-type tabs, life-cycle stage, a search box (names, colloquial phrases, pinyin),
// the bundles, and the selected bundle's detail. "Start intake" hands the bundle to the intake page.
class CatalogPage final : public QWidget
{
    Q_OBJECT
public:
    explicit CatalogPage(services::Services& services, QWidget* parent = nullptr);

    QString selectedBundle() const;
    void selectBundle(const QString& code);
    void setQuery(const QString& text);

Q_SIGNALS:
    void startIntakeRequested(const QString& bundleCode);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void runSearch();
    void showDetail();
    void fillStages();

    services::Services& m_services;
    BundleListModel* m_model = nullptr;
    HeadingLabel* m_heading = nullptr;
    QTabBar* m_tabs = nullptr;
    QLabel* m_stageLabel = nullptr;
    QComboBox* m_stageCombo = nullptr;
    QLineEdit* m_search = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_countLabel = nullptr;
    QTextBrowser* m_detail = nullptr;
    QPushButton* m_start = nullptr;
    QTimer* m_searchTimer = nullptr;
};

} // namespace ow::ui
