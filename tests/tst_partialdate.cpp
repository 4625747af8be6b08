#include <QTest>
class Placeholder : public QObject
{
    Q_OBJECT
private slots:
    void notWrittenYet() { QFAIL("tst_partialdate is not written yet"); }
};
QTEST_GUILESS_MAIN(Placeholder)
#include "tst_partialdate.moc"
