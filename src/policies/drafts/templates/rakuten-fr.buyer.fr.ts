import { buyerClosing, greeting } from '../phrases.ts';
import { paragraphs, type Template, type TemplateParams } from '../template-params.ts';
import type { RakutenBuyerTemplate } from '../template-ids.ts';

/**
 * Rakuten France, to the buyer, in French. Wording follows the Rakuten seller
 * guide (« Vous rétracter », rétractation, rabais, envoi suivi). Never a form of
 * « annuler » (RAK-WORDS): the guide's own sample answer to a cancellation
 * before shipment says « je ne peux pas annuler la commande »; here it reads
 * « il ne nous est pas possible de mettre fin nous-mêmes à la commande ».
 */

const cmd = (p: TemplateParams) => (p.order ? `commande ${p.order}` : 'commande');
const subject = (p: TemplateParams, what?: string) => `Votre ${cmd(p)}${what ? ` – ${what}` : ''}`;
const shippedTracked = (p: TemplateParams) => (p.carrier ? `par ${p.carrier}, en envoi suivi` : 'en envoi suivi');

function nonRecuStatus(p: TemplateParams): string {
  switch (p.trackingState) {
    case 'delivered':
      return 'Le transporteur indique que le colis a été livré. Pourriez-vous vérifier votre boîte aux lettres et vous renseigner auprès de vos voisins, de votre gardien ou de votre point relais ? De notre côté, nous demandons au transporteur la preuve de livraison.';
    case 'returned':
      return 'Le transporteur nous signale que le colis nous est actuellement retourné. Nous pourrons vous le réexpédier dès sa réception : pourriez-vous nous confirmer que l’adresse de livraison indiquée dans votre compte Rakuten est correcte ?';
    case 'held':
      return 'Le colis est actuellement retenu en douane. Nous faisons le nécessaire auprès du transporteur pour qu’il soit dédouané au plus vite, et nous vous tiendrons au courant.';
    case 'lost':
      return 'Le transporteur nous a confirmé la perte du colis. Nous vous proposons un nouvel envoi ou un remboursement : dites-nous ce que vous préférez.';
    case 'recent_update':
      return 'D’après le suivi, le colis est toujours en cours d’acheminement et devrait vous parvenir prochainement. Nous suivons son avancement de près.';
    case 'stalled':
      return 'Comme le suivi n’a pas évolué ces derniers jours, nous interrogeons le transporteur sur l’acheminement du colis. Nous revenons vers vous dès que nous avons sa réponse.';
    default:
      return 'Nous vérifions dès maintenant l’acheminement de votre colis auprès du transporteur et nous revenons vers vous très rapidement.';
  }
}

const nonrecu: Template = (p) => ({
  subject: subject(p, 'suivi de votre colis'),
  body: paragraphs(
    greeting('fr', p.name),
    p.replying ? 'Merci pour votre message, et toutes nos excuses pour cette attente.' : 'Le service client de Rakuten nous a signalé que vous n’aviez pas encore reçu votre colis : toutes nos excuses pour cette attente.',
    p.tracking
      ? `Votre ${cmd(p)} a bien été expédiée ${shippedTracked(p)} (numéro de suivi : ${p.tracking}).`
      : `Votre ${cmd(p)} a bien été expédiée ${shippedTracked(p)}.`,
    nonRecuStatus(p),
    buyerClosing(p),
  ),
});

const claim: Template = (p) => {
  const damaged = p.category === 'damaged';
  const item = p.product ? `votre article « ${p.product} »${p.order ? ` (commande ${p.order})` : ''}` : `l’article de votre ${cmd(p)}`;
  const rebate = p.rebatePercent ? `un rabais de ${p.rebatePercent} % du montant de l’article` : 'un rabais (remboursement partiel) dont nous conviendrons ensemble';
  return {
    subject: subject(p, damaged ? 'article endommagé' : 'article non conforme'),
    body: paragraphs(
      greeting('fr', p.name),
      damaged
        ? `Nous sommes sincèrement désolés que ${item} soit arrivé endommagé.`
        : `Nous sommes sincèrement désolés que ${item} ne corresponde pas à ce qui était annoncé.`,
      p.hasPhotos
        ? 'Merci pour vos photos : elles nous permettent de traiter votre demande rapidement.'
        : damaged
          ? 'Afin de traiter votre demande au plus vite, pourriez-vous nous envoyer quelques photos de l’article et de son emballage ?'
          : 'Afin de traiter votre demande au plus vite, pourriez-vous nous envoyer quelques photos montrant la différence (étiquette, taille, couleur ou référence) ?',
      [
        'Nous vous proposons, au choix :',
        `– un échange contre un article neuf${damaged ? '' : ' et conforme à l’annonce'}, à nos frais ;`,
        '– le retour de l’article à nos frais, suivi du remboursement intégral ;',
        `– ou, si vous préférez le garder, ${rebate}.`,
      ].join('\n'),
      'Indiquez-nous simplement la solution qui vous convient le mieux : nous nous en occupons aussitôt.',
      buyerClosing(p),
    ),
  };
};

const counterfeit: Template = (p) => ({
  subject: subject(p),
  body: paragraphs(
    greeting('fr', p.name),
    `Nous avons bien reçu votre message au sujet de votre ${cmd(p)} et nous le prenons très au sérieux.`,
    'Nous vérifions dès à présent ce point auprès de notre fournisseur. Afin de nous permettre d’examiner votre demande, pourriez-vous nous envoyer des photos de l’article et de son emballage, ainsi que de tout élément qui vous semble suspect (logo, étiquette, numéro de série) ?',
    'Nous revenons vers vous dans les meilleurs délais.',
    buyerClosing(p),
  ),
});

const withdrawUnshipped: Template = (p) => ({
  subject: subject(p, 'demande de rétractation'),
  body: paragraphs(
    greeting('fr', p.name),
    `Nous avons bien reçu votre demande de rétractation concernant votre ${cmd(p)}.`,
    'En tant que vendeur professionnel, il ne nous est pas possible de mettre fin nous-mêmes à la commande. Nous vous invitons à contacter directement le service client de Rakuten pour demander la rétractation de votre côté.',
    'De notre côté, nous signalons au service client de Rakuten que cette demande vient de vous, et nous suspendons l’expédition dans l’attente de sa confirmation.',
    buyerClosing(p),
  ),
});

const withdrawShipped: Template = (p) => ({
  subject: subject(p, 'retour de l’article'),
  body: paragraphs(
    greeting('fr', p.name),
    'Merci pour votre message. Vous pouvez tout à fait nous retourner l’article : le droit de rétractation s’exerce dans les 14 jours suivant sa réception.',
    `Il vous suffit de vous rendre dans votre compte Rakuten, rubrique « Mes achats », d’ouvrir la ${cmd(p)} et de cliquer sur « Vous rétracter ». Nous validerons ensuite votre demande et vous indiquerons l’adresse de retour.`,
    `${p.returnPaidBy === 'seller' ? 'Les frais de retour sont à notre charge.' : 'Les frais de retour restent à votre charge.'} Le remboursement sera effectué dès réception de l’article, complet et dans son état d’origine.`,
    buyerClosing(p),
  ),
});

const lateShip: Template = (p) => ({
  subject: subject(p, 'expédition'),
  body: paragraphs(
    greeting('fr', p.name),
    `Nous vous présentons toutes nos excuses pour le retard d’expédition de votre ${cmd(p)}.`,
    p.shipDate
      ? `Elle sera expédiée au plus tard le ${p.shipDate}, en envoi suivi, et nous vous communiquerons le numéro de suivi dès son départ.`
      : 'Elle est désormais traitée en priorité et sera expédiée dans les plus brefs délais, en envoi suivi ; nous vous communiquerons le numéro de suivi dès son départ.',
    'Merci de votre patience et de votre compréhension.',
    buyerClosing(p),
  ),
});

const lateCannotShip: Template = (p) => ({
  subject: subject(p),
  body: paragraphs(
    greeting('fr', p.name),
    `Nous vous présentons toutes nos excuses : nous ne sommes malheureusement pas en mesure d’expédier votre ${cmd(p)} dans les délais annoncés.`,
    'En tant que vendeur professionnel, il ne nous est pas possible de mettre fin nous-mêmes à la commande. Si vous préférez ne pas attendre, vous pouvez vous rétracter : dans votre compte Rakuten, rubrique « Mes achats », ouvrez la commande et cliquez sur « Vous rétracter », ou contactez directement le service client de Rakuten pour demander la rétractation. Votre commande vous sera alors intégralement remboursée.',
    'Nous vous renouvelons nos excuses pour ce désagrément.',
    buyerClosing(p),
  ),
});

const warranty: Template = (p) => ({
  subject: p.order ? subject(p, 'garantie') : 'Votre demande de garantie',
  body: paragraphs(
    greeting('fr', p.name),
    !p.replying
      ? `Le service client de Rakuten nous a transmis votre demande concernant votre ${cmd(p)} ; nous sommes désolés de ce désagrément.`
      : p.order
        ? `Merci pour votre message concernant votre ${cmd(p)} ; nous sommes désolés de ce désagrément.`
        : 'Merci pour votre message ; nous sommes désolés de ce désagrément.',
    'Si le défaut est apparu dans les 2 ans suivant la livraison, il relève de la garantie légale de conformité, et nous trouverons une solution avec vous : réparation, remplacement ou, à défaut, remboursement.',
    p.order ? null : 'Pourriez-vous nous indiquer votre numéro de commande ? Il figure dans votre compte Rakuten, rubrique « Mes achats ».',
    'Afin d’examiner votre demande, merci de nous décrire en quelques mots le défaut constaté et de nous envoyer une photo ou une courte vidéo du problème.',
    'Nous reviendrons vers vous dès réception de ces éléments.',
    buyerClosing(p),
  ),
});

function logisticsNews(p: TemplateParams): string {
  const ref = [p.order ? `commande ${p.order}` : null, p.tracking ? `numéro de suivi ${p.tracking}` : null].filter(Boolean).join(', ');
  const parcel = ref ? `votre colis (${ref})` : 'votre colis';
  switch (p.event) {
    case 'returned':
      return `Le transporteur nous signale que ${parcel} nous est actuellement retourné. Nous revenons vers vous très rapidement pour organiser un nouvel envoi.`;
    case 'lost':
      return `Le transporteur nous a confirmé la perte de ${parcel}. Nous vous proposons un nouvel envoi ou un remboursement : dites-nous ce que vous préférez.`;
    case 'damaged':
      return `Le transporteur nous signale que ${parcel} a été endommagé pendant le transport. À la livraison, n’hésitez pas à émettre des réserves auprès du livreur et à nous signaler tout problème : nous trouverons une solution.`;
    default:
      return `Nous tenons à vous informer que ${parcel} est actuellement retenu en douane. Nous faisons le nécessaire auprès du transporteur pour qu’il soit dédouané au plus vite.`;
  }
}

const noticeLogistics: Template = (p) => ({
  subject: subject(p, 'information sur votre colis'),
  body: paragraphs(greeting('fr', null), logisticsNews(p), 'Nous vous prions de nous excuser pour ce contretemps.', buyerClosing(p)),
});

const noticeShipping: Template = (p) => ({
  subject: p.order ? `Votre commande ${p.order} a été expédiée` : 'Votre commande a été expédiée',
  body: paragraphs(
    greeting('fr', null),
    `Bonne nouvelle : votre ${cmd(p)} a été expédiée ${shippedTracked(p)}.${p.tracking ? ` Numéro de suivi : ${p.tracking}.` : ''}`,
    'Merci pour votre achat !',
    buyerClosing(p),
  ),
});

export const rakutenBuyerFr: Record<RakutenBuyerTemplate, Template> = {
  nonrecu,
  claim,
  counterfeit,
  'withdraw-unshipped': withdrawUnshipped,
  'withdraw-shipped': withdrawShipped,
  'late-ship': lateShip,
  'late-cannot-ship': lateCannotShip,
  warranty,
  'notice-logistics': noticeLogistics,
  'notice-shipping': noticeShipping,
};
