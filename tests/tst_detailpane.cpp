#include <QTest>
class Placeholder : public QObject
{
    Q_OBJECT
private slots:
    void notWrittenYet() { QFAIL("tst_detailpane is not written yet"); }
};
QTEST_GUILESS_MAIN(Placeholder)
#include "tst_detailpane.moc"
