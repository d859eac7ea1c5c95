namespace Dyad.Analysis.Series;

/// <summary>
/// One period of a dyad's series. Counts are by QuadClass (1 verbal cooperation, 2 material cooperation, 3 verbal
/// conflict, 4 material conflict). The net cooperation index is (cooperation - conflict) / events, from -1 to 1.
/// The relationship index adds to the dyad's own events what sources say of the relationship and what its ties
/// to third parties imply (see <see cref="Index.RelationshipIndex"/>), on the Goldstein scale.
/// </summary>
public sealed record SeriesPoint(
    Period Period,
    int Events,
    int VerbalCooperation,
    int MaterialCooperation,
    int VerbalConflict,
    int MaterialConflict,
    double GoldsteinSum,
    int Documents,
    int Statements,
    double? Index,
    double IndexWeight)
{
    public double? GoldsteinMean => Events > 0 ? GoldsteinSum / Events : null;

    public double? NetCooperation => Events > 0 ? (VerbalCooperation + MaterialCooperation - VerbalConflict - MaterialConflict) / (double)Events : null;
}
