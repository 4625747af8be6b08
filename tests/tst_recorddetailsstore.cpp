#include <QTest>
class Placeholder : public QObject
{
    Q_OBJECT
private slots:
    void notWrittenYet() { QFAIL("tst_recorddetailsstore is not written yet"); }
};
QTEST_GUILESS_MAIN(Placeholder)
#include "tst_recorddetailsstore.moc"
