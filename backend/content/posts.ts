// The rest of the magazine: short posts spread over two months so archives paginate.
// Dates are fixed so the order on every page is known to the tests.

export interface PostSeed {
  slug: string;
  title: string;
  author: string; // username from site.ts
  categories: string[];
  tags: string[];
  image?: string; // file name from site.ts
  sticky?: boolean;
  date: string; // site-local time
  excerpt?: string;
  paragraphs: string[];
}

export const posts: PostSeed[] = [
  {
    slug: 'welcome-to-pressfront-daily',
    title: 'Welcome to Pressfront Daily: slow news, told well',
    author: 'marta.quinn',
    categories: ['news'],
    tags: ['cities'],
    image: 'city-square.jpg',
    sticky: true,
    date: '2026-09-01T08:00:00',
    excerpt: 'Who we are, what we cover and how to reach the newsroom.',
    paragraphs: [
      'Pressfront Daily is a small newsroom with a simple idea: fewer stories, reported properly, published when they are ready rather than when the clock says so.',
      'We cover the coast and the cities on it, science that changes how people live, and the culture that holds communities together. Every story is signed, every correction is published, and every letter gets a reply.',
      'This post stays at the top of the front page. Everything below it is in order, newest first.',
    ],
  },
  {
    slug: 'night-buses-return-to-sao-paulo-avenue',
    title: 'Night buses return to São Paulo Avenue after a two-year pause',
    author: 'marta.quinn',
    categories: ['news', 'world'],
    tags: ['transport', 'cities'],
    image: 'rail-station.jpg',
    date: '2026-11-18T21:30:00',
    paragraphs: [
      'The night routes along São Paulo Avenue resumed on Monday, ending a two-year gap that left shift workers walking home or paying for taxis they could not afford.',
      'The transport authority said ridership on the first night was higher than before the pause, which it attributed to new stops near the hospital and the university dormitories.',
    ],
  },
  {
    slug: 'popcorn-economics',
    title: 'Popcorn economics 🍿: why the snack costs more than the ticket',
    author: 'tomas.ferreira',
    categories: ['culture', 'opinion'],
    tags: ['food'],
    image: 'festival-crowd.jpg',
    date: '2026-11-16T10:00:00',
    paragraphs: [
      'A large tub of popcorn costs the cinema a few cents in corn, oil and salt. It sells for more than a matinee ticket. The gap is not greed alone; it is how the whole business stays open.',
      'Studios take most of the ticket price in a film’s first weeks. The concession stand is where the cinema earns its rent, its staff and its air conditioning. Buy the popcorn, and you are paying for the seat.',
      'That is an argument, not an excuse. Cinemas that publish their margins and sell a small bag at a fair price have not gone bankrupt. They have made friends.',
    ],
  },
  {
    slug: 'library-reading-room-reopens',
    title: 'The central library’s reading room reopens, quieter than ever',
    author: 'tomas.ferreira',
    categories: ['culture'],
    tags: ['books', 'cities'],
    image: 'library-hall.jpg',
    date: '2026-11-14T09:15:00',
    paragraphs: [
      'After eighteen months of repairs, the great reading room of the central library opened its doors on Saturday to a queue that stretched round the block.',
      'The restoration replaced the leaking roof, rewired the green reading lamps and added an acoustic ceiling that, the architects promise, swallows the sound of a dropped book.',
    ],
  },
  {
    slug: 'solar-farm-on-former-wheat-fields',
    title: 'A solar farm on former wheat fields splits a village',
    author: 'marta.quinn',
    categories: ['climate'],
    tags: ['energy', 'food'],
    image: 'solar-field.jpg',
    date: '2026-11-12T12:00:00',
    paragraphs: [
      'Half the village wants the rent the solar company offers. The other half wants the fields to stay fields. Both sides agree the land has not made money from wheat in a decade.',
      'The council will vote in January. Until then, the panels stand in a fenced test plot at the edge of the parish, glinting at the church tower.',
    ],
  },
  {
    slug: 'probe-finds-water-ice-in-crater',
    title: 'Lunar probe finds more water ice than expected in a polar crater',
    author: 'tomas.ferreira',
    categories: ['science'],
    tags: ['space'],
    date: '2026-11-10T15:45:00',
    paragraphs: [
      'A small lunar orbiter has mapped a permanently shadowed crater near the Moon’s south pole and found ice in concentrations several times higher than earlier estimates.',
      'The finding matters for future missions, which would rather make water on the Moon than carry it there. The team will publish its full data set next spring.',
    ],
  },
  {
    slug: 'housing-cooperative-breaks-ground',
    title: 'A housing cooperative breaks ground on the old tram depot',
    author: 'marta.quinn',
    categories: ['news'],
    tags: ['housing', 'cities'],
    date: '2026-11-08T11:00:00',
    paragraphs: [
      'Forty-two families who have been saving together for six years watched a digger bite into the concrete of the old tram depot on Friday.',
      'The cooperative will own the building jointly. Rents will be set by the members and cannot rise faster than wages in the city, a rule written into its statutes.',
    ],
  },
  {
    slug: 'ocean-sensors-warmer-autumn',
    title: 'Ocean sensors record the warmest autumn in forty years',
    author: 'tomas.ferreira',
    categories: ['climate', 'science'],
    tags: ['oceans'],
    image: 'coastal-wind.jpg',
    date: '2026-11-06T08:30:00',
    paragraphs: [
      'A chain of buoys off the northern coast recorded surface water two degrees warmer than the forty-year average through October.',
      'Fishermen have noticed. Species that used to turn up only in August are still in the nets, and the sardines have moved further out.',
    ],
  },
  {
    slug: 'choir-of-retired-dockworkers',
    title: 'The choir of retired dockworkers that sold out the concert hall',
    author: 'tomas.ferreira',
    categories: ['culture'],
    tags: ['music'],
    image: 'night-market.jpg',
    date: '2026-11-04T19:00:00',
    paragraphs: [
      'They started singing in a bar after the last shift of the container terminal closed. Twelve years later, the Dockside Voices filled all 1,400 seats of the concert hall.',
      'Their repertoire is work songs, old hymns and one pop song a year, chosen by vote. This year it was a disco number, sung very slowly.',
    ],
  },
  {
    slug: 'hospital-waiting-times-fall',
    title: 'Hospital waiting times fall for the first time in five years',
    author: 'marta.quinn',
    categories: ['news'],
    tags: ['health'],
    date: '2026-11-02T10:30:00',
    paragraphs: [
      'The median wait for a first specialist appointment fell by eleven days over the past year, according to figures published by the health ministry.',
      'Doctors’ unions welcomed the numbers but warned that they hide long waits in a handful of specialties, dermatology and orthopaedics among them.',
    ],
  },
  {
    slug: 'open-source-ferry-timetable',
    title: 'An open-source ferry timetable beats the official app',
    author: 'tomas.ferreira',
    categories: ['technology'],
    tags: ['transport'],
    date: '2026-10-31T14:00:00',
    paragraphs: [
      'A retired schoolteacher wrote a ferry timetable app in her spare time. It now has more users than the operator’s own, and the operator has asked to borrow the code.',
      'The secret, she says, is that it shows the next three departures in very large type and nothing else.',
    ],
  },
  {
    slug: 'mountain-pass-reopens-early',
    title: 'Mountain pass reopens early after a dry November',
    author: 'marta.quinn',
    categories: ['news'],
    tags: ['transport'],
    image: 'mountain-road.jpg',
    date: '2026-10-29T07:45:00',
    paragraphs: [
      'The high road over the pass reopened three weeks ahead of schedule, as an unusually dry autumn let crews finish resurfacing before the first snow.',
      'Hauliers welcomed the news. Climatologists were less pleased, noting that a dry November in the mountains means a thin snowpack and a thirsty summer.',
    ],
  },
  {
    slug: 'river-dredging-plan',
    title: 'River dredging plan promises bigger ships, worries ecologists',
    author: 'marta.quinn',
    categories: ['climate', 'news'],
    tags: ['oceans', 'cities'],
    image: 'river-bridge.jpg',
    date: '2026-10-27T09:00:00',
    paragraphs: [
      'The port authority wants to deepen the river channel by two metres so that larger container ships can reach the inland terminal.',
      'Ecologists say the dredging would disturb the estuary’s mudflats, where thousands of wading birds feed each winter.',
    ],
  },
  {
    slug: 'why-we-still-print-a-paper',
    title: 'Why we still print a paper edition, once a week',
    author: 'marta.quinn',
    categories: ['opinion'],
    tags: ['books'],
    date: '2026-10-25T12:00:00',
    paragraphs: [
      'Every Friday we print four thousand copies of the week’s best stories. It loses money. We will keep doing it.',
      'A printed paper is read to the end, passed on, left in cafés. It reaches people who would never install an app. And it makes us choose.',
    ],
  },
  {
    slug: 'zurich-trams-run-on-time',
    title: 'What Zürich’s trams can teach a city that is always late',
    author: 'tomas.ferreira',
    categories: ['world', 'opinion'],
    tags: ['transport', 'cities'],
    date: '2026-10-23T16:20:00',
    paragraphs: [
      'Zürich’s trams are punctual not because the Swiss are punctual but because the trams have right of way at almost every junction.',
      'Traffic lights turn green as a tram approaches. Cars wait. It is a political choice more than an engineering one, and it could be made anywhere.',
    ],
  },
  {
    slug: 'school-gardens-feed-lunch',
    title: 'School gardens now grow a fifth of the city’s school lunches',
    author: 'tomas.ferreira',
    categories: ['news'],
    tags: ['food', 'health'],
    date: '2026-10-21T11:10:00',
    paragraphs: [
      'Vegetable beds on school roofs and playground edges supplied a fifth of the produce served in the city’s school canteens this term.',
      'Teachers say the gardens do more for science lessons than any textbook. Cooks say the children eat their greens when they grew them.',
    ],
  },
  {
    slug: 'satellite-launch-postponed',
    title: 'Weather satellite launch postponed after a sensor fault',
    author: 'tomas.ferreira',
    categories: ['science', 'technology'],
    tags: ['space'],
    date: '2026-10-19T13:30:00',
    paragraphs: [
      'The launch of a new weather satellite was postponed by at least six weeks after engineers found a fault in one of its infrared sensors.',
      'The agency said the delay would not affect forecasts, as the satellite it replaces still has fuel for two more years.',
    ],
  },
  {
    slug: 'harbour-festival-record-crowds',
    title: 'Harbour festival draws record crowds on its final night',
    author: 'marta.quinn',
    categories: ['culture'],
    tags: ['music', 'cities'],
    image: 'festival-crowd.jpg',
    date: '2026-10-17T23:00:00',
    paragraphs: [
      'An estimated sixty thousand people crowded the quays for the last night of the harbour festival, a record in its thirty-year history.',
      'The fireworks were launched from barges this year, keeping the crowd further from the water’s edge after last year’s crush.',
    ],
  },
  {
    slug: 'heat-pumps-in-old-buildings',
    title: 'Heat pumps in old stone buildings: a field test',
    author: 'tomas.ferreira',
    categories: ['technology', 'climate'],
    tags: ['energy', 'housing'],
    date: '2026-10-15T10:00:00',
    paragraphs: [
      'Engineers fitted heat pumps to twelve stone houses built before 1900 and measured them for a winter. Nine kept their tenants warm on less energy than the old boilers.',
      'The three that struggled had one thing in common: single-glazed windows. Fixing those first, the engineers say, is the cheapest climate policy there is.',
    ],
  },
  {
    slug: 'diplomats-agree-fishing-quotas',
    title: 'Diplomats agree fishing quotas after a night of talks',
    author: 'marta.quinn',
    categories: ['world'],
    tags: ['diplomacy', 'oceans'],
    date: '2026-10-13T06:30:00',
    paragraphs: [
      'Negotiators from four coastal states agreed next year’s fishing quotas at dawn, after talks that ran through the night.',
      'The deal cuts the mackerel quota by eight per cent and sets up a joint patrol to stop boats fishing in closed areas.',
    ],
  },
  {
    slug: 'small-bookshops-are-growing',
    title: 'Small bookshops are growing again, and nobody is quite sure why',
    author: 'tomas.ferreira',
    categories: ['culture'],
    tags: ['books'],
    date: '2026-10-11T15:00:00',
    paragraphs: [
      'For the third year running, more independent bookshops opened than closed. Booksellers offer theories: clubs, events, a weariness with screens.',
      'The likeliest answer is the plainest one. People like to be recommended a book by someone who has read it.',
    ],
  },
  {
    slug: 'city-plants-ten-thousand-trees',
    title: 'The city plants ten thousand trees, and counts them',
    author: 'marta.quinn',
    categories: ['climate', 'news'],
    tags: ['cities'],
    date: '2026-10-09T09:40:00',
    paragraphs: [
      'The parks department planted its ten-thousandth street tree this week and published a map where anyone can look up the species and age of each one.',
      'Residents can also report a thirsty tree. In the first summer, the department says, those reports saved nearly four hundred saplings.',
    ],
  },
  {
    slug: 'ai-tools-in-the-newsroom',
    title: 'How we use (and don’t use) software in our newsroom',
    author: 'marta.quinn',
    categories: ['technology', 'opinion'],
    tags: ['books'],
    date: '2026-10-07T12:00:00',
    paragraphs: [
      'Readers ask whether software writes our stories. It does not. People report, write and edit everything we publish, and sign their names to it.',
      'We do use software to transcribe interviews, check figures against public data and find the one document in a thousand that matters. A reporter checks every result.',
    ],
  },
  {
    slug: 'coastal-rail-line-study',
    title: 'A study backs reopening the coastal rail line, at a price',
    author: 'marta.quinn',
    categories: ['news'],
    tags: ['transport', 'energy'],
    image: 'rail-station.jpg',
    date: '2026-10-05T08:00:00',
    paragraphs: [
      'Reopening the coastal railway closed in 1971 would cost about as much as widening the coast road, a study for the regional government found, and carry more people.',
      'The study’s authors were careful to add that the railway would only pay its way if trains ran every half hour, not twice a day.',
    ],
  },
];
