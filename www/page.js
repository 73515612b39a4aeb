// The demo page (index.html) in the planner's language. The page is French without JavaScript;
// here it takes the browser's language (French for fr-*, else English, as the planner does),
// then the planner's own once it has started (a plan saved in English stays English) and
// whenever the visitor switches it. Loaded at the end of <body>, not deferred, so that the
// header is usually right from the first paint.
(function () {
  var TEXT = {
    fr: {
      title: 'Boussole — objectifs commerciaux en ligne',
      description: 'Boussole : fixez vos objectifs commerciaux en ligne par canal, avec CPA et ROAS faisables et jalons trimestriels. Tout est calculé dans votre navigateur.',
    },
    en: {
      title: 'Boussole — online sales targets',
      description: 'Boussole: set your online sales targets channel by channel, with feasible CPA and ROAS and quarterly milestones. Everything is computed in your browser.',
    },
  };
  var planner = document.querySelector('boussole-planner');
  var shown;

  function show(locale) {
    var lang = locale === 'fr' ? 'fr' : 'en';
    if (lang === shown) return;
    shown = lang;
    document.documentElement.lang = lang;
    document.title = TEXT[lang].title;
    var description = document.querySelector('meta[name="description"]');
    if (description) description.content = TEXT[lang].description;
    document.querySelectorAll('header [lang], footer [lang]').forEach(function (block) {
      block.hidden = block.lang !== lang;
    });
  }

  /** The planner's language: that of its plan (null while the form has errors: keep the page's). */
  function follow(plan) {
    if (plan && plan.locale) show(plan.locale);
  }

  show(/^fr\b/i.test(navigator.language || '') ? 'fr' : 'en');
  if (!planner) return;
  new MutationObserver(function () {
    follow(planner.plan);
  }).observe(planner, { attributes: true, attributeFilter: ['data-ready'] });
  // The event's own plan: reading planner.plan while the planner dispatches it would re-enter it.
  planner.addEventListener('boussole-change', function (event) {
    follow(event.detail && event.detail.plan);
  });
})();
