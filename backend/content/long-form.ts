// The long-form post: the shape of the page Pressfront was born from (lead, subscribe line,
// two captioned photos, a pull quote, sub-headings), in original words.
import { blocks, heading, image, paragraph, pullquote, subscribeLine, type UploadedImage } from './blocks';

export const longFormSlug = 'harbour-towns-sign-tidal-power-pact';
export const longFormTitle = 'Harbour towns sign a tidal power pact, pledging to keep each other’s lights on';
export const longFormExcerpt =
  'Three harbour towns that spent a century competing for ships and tourists have agreed to share the power of their tides — and to come to each other’s aid when the grid fails.';

export function longFormContent(first: UploadedImage, second: UploadedImage): string {
  return blocks(
    paragraph(
      'Three harbour towns that spent a century competing for ships, fish and tourists signed an agreement on Tuesday to share the power of their tides, pledging to keep each other’s lights on if any one of them loses its connection to the national grid. Officials called it the most ambitious local energy pact the coast has seen, and the first to put a mutual-aid promise in writing.',
    ),
    subscribeLine('Thank you for reading Pressfront Daily — don’t forget to subscribe!'),
    paragraph(
      'Hundreds of residents filled the old market square at Porto Alto to watch the three mayors sign, some holding hand-painted signs that read “our tide, our light”, others simply curious about what the fuss was for. A brass band from the fishing cooperative played between speeches. Children on their parents’ shoulders waved paper turbines that a local school had folded by the hundred the night before.',
    ),
    paragraph(
      'The pact replaces a patchwork of older arrangements signed in 1987, 2004 and 2011, according to the regional energy office, none of which survived a serious storm. “The agreement we signed today includes, among other things, a duty to help when one of us goes dark,” said Inês Carvalho, the mayor of Porto Alto, after the ceremony. “Not a promise to consider helping. A duty.”',
    ),
    image(first),
    paragraph(
      'Under the deal, each town will moor a small array of tidal turbines in its own harbour mouth and connect it to a shared cable running along the coast road. In ordinary weeks the power is sold to the grid and the income split by a formula based on each town’s population. When a storm cuts a town off, the others divert their output to it first, before anyone else is served.',
    ),
    paragraph(
      'Carvalho described the arrangement as covering “the practical, the financial, the cultural and, yes, the emergency side of things too”, and called the document “a genuine turning point” for a coast that has grown used to waiting days for repair crews after every winter gale.',
    ),
    heading('A century of rivalry, set aside'),
    paragraph(
      'The three towns — Porto Alto, Vila Serena and the smaller fishing village of Cabo Norte — have not always been friends. For much of the twentieth century they fought over the same fishing grounds and the same summer visitors, and a dispute over a lighthouse in the 1950s went all the way to the supreme court. Older residents still refer to the neighbouring towns by nicknames that do not bear printing.',
    ),
    paragraph(
      'What changed, according to people involved in the talks, was the winter of 2023, when a single storm left all three towns without power for most of a week. Vila Serena’s hospital ran on diesel generators that had to be refuelled by boat. Cabo Norte’s cold store failed and the cooperative lost a month of catch. Porto Alto’s mayor at the time spent two nights sleeping in the town hall, answering phones by torchlight.',
    ),
    pullquote(
      'We learned that the grid is a long wire with a lot of places to break, and that the sea outside our windows never stops moving.',
      'Rui Almeida, engineer, Vila Serena',
    ),
    paragraph(
      '“We learned two things that week,” said Rui Almeida, an engineer who advised Vila Serena during the negotiations. “That the grid is a long wire with a lot of places to break, and that the sea outside our windows never stops moving. It took us two years to put those two thoughts in the same sentence.”',
    ),
    paragraph(
      'The turbines themselves are modest. Each array will hold between four and six units, anchored to the seabed at the narrowest point of the harbour mouth where the tidal current is strongest. Together they are expected to produce enough electricity for roughly eleven thousand homes — more than the three towns need on an average day, and close to what they need in the worst week of winter.',
    ),
    heading('The questions still open'),
    paragraph(
      'Not everyone is convinced. The regional fishermen’s association has warned that the arrays could disturb the sandbanks where juvenile fish shelter, and has asked for an independent survey before any turbine goes into the water. Its president, Joana Reis, said her members were “not against the idea, but against being the experiment”. The towns have agreed to fund a two-year monitoring programme run by the state university.',
    ),
    paragraph(
      'Others ask what happens when the pact is tested in earnest. The agreement sets out who diverts power to whom, but not who pays for the cable when a storm tears it, nor how long a town can draw on its neighbours before the arrangement becomes a debt. Lawyers for the three councils say those questions will be settled by a joint committee that meets four times a year and publishes its minutes.',
    ),
    paragraph(
      'There is also the matter of scale. The national energy regulator welcomed the pact in a brief statement but noted that similar schemes elsewhere had struggled once the first wave of enthusiasm passed and maintenance bills arrived. Tidal machines sit in salt water around the clock; their moving parts wear faster than anyone would like, and replacing a blade means waiting for calm seas and a free crane barge.',
    ),
    image(second),
    heading('What it means for the coast'),
    paragraph(
      'For now, the mood on the coast is closer to relief than triumph. Shopkeepers in Porto Alto spoke of fewer spoiled freezers and fewer nights of candles. The headteacher of Cabo Norte’s primary school said she hoped her pupils would grow up thinking of the harbour as something that gives, not only something that takes. In Vila Serena, the hospital’s director said he would keep the diesel generators anyway, “because engineers are optimists and doctors are not”.',
    ),
    paragraph(
      'The staging of the ceremony was deliberate. Officials chose the market square rather than a council chamber, and the mayors signed on a trestle table borrowed from the fish market, a gesture several residents said they appreciated. Afterwards the three of them rode together through the old town in an open horse-drawn cart, waving to crowds who, a generation ago, would have been shouting at each other across the harbour wall.',
    ),
    paragraph(
      'The agreement matters beyond the three towns, too. Energy planners in the capital have been looking for ways to make remote places less dependent on long transmission lines, and small mutual-aid schemes between neighbours are one of the ideas on the table. If the turbines work and the pact holds, other stretches of coast are likely to copy it. If it fails, it will fail in public, with minutes published four times a year.',
    ),
    paragraph(
      'The first array is due to be lowered into Porto Alto’s harbour mouth in April, weather permitting. The cable along the coast road will take longer: the contractor has promised the spring of 2028, and nobody on the coast expects it to be early. “We have waited a hundred years to agree on something,” Carvalho said as the band packed up. “We can wait another eighteen months for a cable.”',
    ),
    paragraph('<em>Marta Quinn reported from Porto Alto. Additional reporting by Tomás Ferreira.</em>'),
  );
}
