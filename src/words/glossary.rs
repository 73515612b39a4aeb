//! What each abbreviation stands for: spelled out at its first appearance in the results
//! and listed at their end.

use crate::words::Words;

entries! {
    CPA = "coût par acquisition\u{202f}: ce que coûte une commande obtenue par la publicité",
        "cost per acquisition: what an order won through advertising costs";
    CPC = "coût par clic", "cost per click";
    ROAS = "retour sur les dépenses publicitaires\u{202f}: CA ÷ dépense publicitaire",
        "return on ad spend: revenue ÷ ad spend";
    ROI = "retour sur investissement\u{202f}: (marge − coût) ÷ coût",
        "return on investment: (margin − cost) ÷ cost";
    MER = "ratio d’efficacité marketing\u{202f}: CA supplémentaire ÷ coût supplémentaire",
        "marketing efficiency ratio: extra revenue ÷ extra cost";
    LTV = "valeur d’un client (ici, sa marge sur 12 mois)",
        "customer lifetime value (here, their margin over 12 months)";
    CAC = "coût d’acquisition d’un client", "customer acquisition cost";
    SEO = "référencement naturel (moteurs de recherche)",
        "search engine optimisation (organic search)";
    SEA = "référencement payant (annonces sur les moteurs de recherche)",
        "search engine advertising (paid search)";
    OKR = "objectifs et résultats clés", "objectives and key results";
    SMART = "spécifique, mesurable, atteignable, réaliste et daté",
        "specific, measurable, achievable, realistic and time-bound";
    /// French only: English writes "revenue".
    CA = "chiffre d’affaires", "revenue";
    /// How the channel cards' derived figures are worked out (the list's second part).
    MAX_CPC_CALC = "CPA cible × taux de conversion du canal\u{202f}: le clic le plus cher qui garde le CPA dans la cible.",
        "target CPA × the channel’s conversion rate: the dearest click that keeps the CPA on target.";
    CONVERSION_AT_TRAFFIC_CALC = "(commandes actuelles + commandes supplémentaires) ÷ (sessions par mois × 12)\u{202f}: la conversion qui atteint l’objectif sans trafic en plus.",
        "(current orders + extra orders) ÷ (sessions per month × 12): the conversion that reaches the goal with no extra traffic.";
    MARGINAL_CPA_CALC = "ce que coûte la dernière commande obtenue au niveau de dépense prévu (chaque euro de plus rapporte moins).",
        "what the last order costs at the planned spend (each extra euro brings in less).";
    CEILING_CALC = "le plus de commandes par mois avant que la suivante ne coûte plus que le CPA cible (au-delà, elle ne perd pas encore d’argent).",
        "the most orders a month before the next one costs more than the target CPA (beyond it, the order does not lose money yet).";
    BREAK_EVEN_CALC = "le plus de commandes par mois avant que la suivante ne coûte plus qu’un nouveau client ne rapporte en 12 mois. Il peut se trouver sous la dépense d’aujourd’hui\u{202f}: il faut alors la réduire.",
        "the most orders a month before the next one costs more than a new customer brings in 12 months. It may lie below today’s spend: then spend less.";
}
