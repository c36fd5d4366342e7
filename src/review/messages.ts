import type { ConsentType } from "../domain/consent-rules.js";
import type { Locale } from "../domain/formats.js";

/**
 * The words of the review page in each supported language (L3). Texts are plain: the page
 * escapes them. `brand` is the project's name, e.g. "Acme Mobile".
 */

type Brand = (brand: string) => string;
export type Notice = { heading: string; body: string };

export type Messages = {
  pending: {
    heading: string;
    intro: Record<ConsentType, Brand>;
    /** What approving will do; SIM replacements name the kind of the new SIM. */
    effect: {
      newEsim: string;
      newSim: string;
      providerChange: string;
      portOutCredentials: string;
      lockRemoval: string;
    };
    line: string;
    requested: string;
    validUntil: string;
    approve: string;
    decline: string;
    warning: string;
  };
  thanks: string;
  approvedLead: string;
  alreadyApproved: string;
  /** What happens after an approval, per type, and when fulfilment could not finish at once. */
  done: Record<ConsentType | "incomplete", string>;
  declined: { heading: string; body: Brand };
  /** F2: after a decline, the offer to lock the line at once, and its confirmation. */
  lockOffer: { text: string; button: string; done: Notice };
  alreadyDeclined: { heading: string; body: Brand };
  expired: { heading: string; body: Brand };
  canceled: { heading: string; body: Brand };
  superseded: Notice;
  unknown: Notice;
  refused: Notice;
  tooManyRequests: Notice;
  failure: Notice;
};

const en: Messages = {
  pending: {
    heading: "Did you ask for this?",
    intro: {
      simReplacement: (brand) =>
        `${brand} received a request to replace the SIM card of your line.`,
      providerChange: (brand) =>
        `${brand} received a request to move your line to another network.`,
      portOutCredentials: (brand) =>
        `${brand} received a request for the details you need to move your number to another provider.`,
      lockRemoval: (brand) =>
        `${brand} received a request to remove the lock that protects your line against SIM changes or number transfers.`,
    },
    effect: {
      newEsim:
        "If you approve, your current SIM card will stop working and a new eSIM will replace it.",
      newSim:
        "If you approve, your current SIM card will stop working and a new SIM card will replace it.",
      providerChange:
        "If you approve, your line will move to another network and you will need the new SIM. Your current SIM card will stop working.",
      portOutCredentials:
        "If you approve, you will get the account number and PIN to move your number to another provider.",
      lockRemoval:
        "If you approve, the lock will be removed: your SIM card or number can then be changed or transferred again, each time with your approval.",
    },
    line: "Line",
    requested: "Requested",
    validUntil: "Link valid until",
    approve: "Approve",
    decline: "I did not ask for this",
    warning:
      "If you did not ask for this, someone may be trying to take over your phone number. Choose “I did not ask for this” and nothing will change.",
  },
  thanks: "Thank you",
  approvedLead: "You approved this request.",
  alreadyApproved: "You already approved this request",
  done: {
    simReplacement: "Your SIM card has been replaced. Your previous SIM card no longer works.",
    providerChange:
      "Your line has moved to the new network. Use the new SIM from now on; your previous SIM card no longer works.",
    portOutCredentials: "Our support team will share your account number and PIN with you.",
    lockRemoval: "The lock on your line has been removed.",
    incomplete:
      "We could not complete it right away. Our support team will finish it and contact you.",
  },
  declined: {
    heading: "Thank you for telling us",
    body: (brand) =>
      `Nothing was changed on your line. Please contact ${brand} support: someone may have tried to change your line without your permission.`,
  },
  lockOffer: {
    text: "You can lock your line now: while it is locked, nobody can change its SIM card or move your number to another provider, even with a request like this one.",
    button: "Lock my line",
    done: {
      heading: "Your line is locked",
      body: "Nobody can change the SIM card of your line or move your number until the lock is removed, and removing it needs your approval.",
    },
  },
  alreadyDeclined: {
    heading: "You already told us you did not ask for this",
    body: (brand) =>
      `Nothing was changed on your line. If you have not done so yet, contact ${brand} support.`,
  },
  expired: {
    heading: "This link has expired",
    body: (brand) =>
      `Nothing was changed. If you still want this, contact ${brand} support to get a new link.`,
  },
  canceled: {
    heading: "This request was canceled",
    body: (brand) => `Nothing was changed. If you still need help, contact ${brand} support.`,
  },
  superseded: {
    heading: "A newer link was sent to you",
    body: "This link has been replaced. Open the most recent message you received and use its link.",
  },
  unknown: {
    heading: "This link is not valid",
    body: "Check that you opened the whole link from your message. If it still does not work, contact your mobile provider’s support to get a new link.",
  },
  refused: {
    heading: "We could not accept your answer",
    body: "Nothing was changed. Open the link from your message again and choose once more.",
  },
  tooManyRequests: {
    heading: "Too many attempts",
    body: "Nothing was changed. Please wait a few minutes, then open the link from your message again.",
  },
  failure: {
    heading: "Something went wrong",
    body: "Nothing was changed. Please try again in a few minutes.",
  },
};

const es: Messages = {
  pending: {
    heading: "¿Has pedido esto?",
    intro: {
      simReplacement: (brand) =>
        `${brand} ha recibido una solicitud para sustituir la tarjeta SIM de tu línea.`,
      providerChange: (brand) =>
        `${brand} ha recibido una solicitud para trasladar tu línea a otra red.`,
      portOutCredentials: (brand) =>
        `${brand} ha recibido una solicitud de los datos que necesitas para llevar tu número a otro operador.`,
      lockRemoval: (brand) =>
        `${brand} ha recibido una solicitud para quitar el bloqueo que protege tu línea contra cambios de SIM o portabilidades.`,
    },
    effect: {
      newEsim:
        "Si lo apruebas, tu tarjeta SIM actual dejará de funcionar y una nueva eSIM la sustituirá.",
      newSim:
        "Si lo apruebas, tu tarjeta SIM actual dejará de funcionar y una nueva tarjeta SIM la sustituirá.",
      providerChange:
        "Si lo apruebas, tu línea pasará a otra red y necesitarás la nueva SIM. Tu tarjeta SIM actual dejará de funcionar.",
      portOutCredentials:
        "Si lo apruebas, recibirás el número de cuenta y el PIN para llevar tu número a otro operador.",
      lockRemoval:
        "Si lo apruebas, se quitará el bloqueo: tu tarjeta SIM o tu número podrán volver a cambiarse o transferirse, siempre con tu aprobación.",
    },
    line: "Línea",
    requested: "Solicitado",
    validUntil: "Enlace válido hasta",
    approve: "Aprobar",
    decline: "No he pedido esto",
    warning:
      "Si no has pedido esto, puede que alguien esté intentando hacerse con tu número de teléfono. Elige «No he pedido esto» y no se cambiará nada.",
  },
  thanks: "Gracias",
  approvedLead: "Has aprobado esta solicitud.",
  alreadyApproved: "Ya aprobaste esta solicitud",
  done: {
    simReplacement: "Tu tarjeta SIM ha sido sustituida. Tu tarjeta SIM anterior ya no funciona.",
    providerChange:
      "Tu línea ha pasado a la nueva red. Usa la nueva SIM a partir de ahora; tu tarjeta SIM anterior ya no funciona.",
    portOutCredentials:
      "Nuestro equipo de atención al cliente te facilitará el número de cuenta y el PIN.",
    lockRemoval: "Se ha quitado el bloqueo de tu línea.",
    incomplete:
      "No hemos podido completarlo de inmediato. Nuestro equipo de atención al cliente lo terminará y se pondrá en contacto contigo.",
  },
  declined: {
    heading: "Gracias por avisarnos",
    body: (brand) =>
      `No se ha cambiado nada en tu línea. Ponte en contacto con el servicio de atención al cliente de ${brand}: puede que alguien haya intentado cambiar tu línea sin tu permiso.`,
  },
  lockOffer: {
    text: "Puedes bloquear tu línea ahora: mientras esté bloqueada, nadie podrá cambiar su tarjeta SIM ni llevar tu número a otro operador, ni siquiera con una solicitud como esta.",
    button: "Bloquear mi línea",
    done: {
      heading: "Tu línea está bloqueada",
      body: "Nadie podrá cambiar la tarjeta SIM de tu línea ni llevar tu número a otro operador hasta que se quite el bloqueo, y para quitarlo hará falta tu aprobación.",
    },
  },
  alreadyDeclined: {
    heading: "Ya nos dijiste que no pediste esto",
    body: (brand) =>
      `No se ha cambiado nada en tu línea. Si aún no lo has hecho, ponte en contacto con el servicio de atención al cliente de ${brand}.`,
  },
  expired: {
    heading: "Este enlace ha caducado",
    body: (brand) =>
      `No se ha cambiado nada. Si todavía lo necesitas, ponte en contacto con el servicio de atención al cliente de ${brand} para recibir un nuevo enlace.`,
  },
  canceled: {
    heading: "Esta solicitud se ha cancelado",
    body: (brand) =>
      `No se ha cambiado nada. Si todavía necesitas ayuda, ponte en contacto con el servicio de atención al cliente de ${brand}.`,
  },
  superseded: {
    heading: "Te hemos enviado un enlace más reciente",
    body: "Este enlace ha sido sustituido. Abre el mensaje más reciente que hayas recibido y usa su enlace.",
  },
  unknown: {
    heading: "Este enlace no es válido",
    body: "Comprueba que has abierto el enlace completo de tu mensaje. Si sigue sin funcionar, ponte en contacto con el servicio de atención al cliente de tu operador para recibir un nuevo enlace.",
  },
  refused: {
    heading: "No hemos podido aceptar tu respuesta",
    body: "No se ha cambiado nada. Vuelve a abrir el enlace de tu mensaje y elige de nuevo.",
  },
  tooManyRequests: {
    heading: "Demasiados intentos",
    body: "No se ha cambiado nada. Espera unos minutos y vuelve a abrir el enlace de tu mensaje.",
  },
  failure: {
    heading: "Algo ha salido mal",
    body: "No se ha cambiado nada. Inténtalo de nuevo dentro de unos minutos.",
  },
};

const de: Messages = {
  pending: {
    heading: "Haben Sie das angefordert?",
    intro: {
      simReplacement: (brand) =>
        `${brand} hat eine Anfrage erhalten, die SIM-Karte Ihres Anschlusses zu ersetzen.`,
      providerChange: (brand) =>
        `${brand} hat eine Anfrage erhalten, Ihren Anschluss in ein anderes Netz zu verlegen.`,
      portOutCredentials: (brand) =>
        `${brand} hat eine Anfrage für die Angaben erhalten, die Sie brauchen, um Ihre Rufnummer zu einem anderen Anbieter mitzunehmen.`,
      lockRemoval: (brand) =>
        `${brand} hat eine Anfrage erhalten, die Sperre aufzuheben, die Ihren Anschluss vor SIM-Wechseln oder Rufnummernmitnahmen schützt.`,
    },
    effect: {
      newEsim:
        "Wenn Sie zustimmen, funktioniert Ihre aktuelle SIM-Karte nicht mehr und wird durch eine neue eSIM ersetzt.",
      newSim:
        "Wenn Sie zustimmen, funktioniert Ihre aktuelle SIM-Karte nicht mehr und wird durch eine neue SIM-Karte ersetzt.",
      providerChange:
        "Wenn Sie zustimmen, wechselt Ihr Anschluss in ein anderes Netz und Sie brauchen die neue SIM. Ihre aktuelle SIM-Karte funktioniert dann nicht mehr.",
      portOutCredentials:
        "Wenn Sie zustimmen, erhalten Sie die Kundennummer und die PIN, um Ihre Rufnummer zu einem anderen Anbieter mitzunehmen.",
      lockRemoval:
        "Wenn Sie zustimmen, wird die Sperre aufgehoben: Ihre SIM-Karte oder Rufnummer kann dann wieder gewechselt oder mitgenommen werden, jeweils mit Ihrer Zustimmung.",
    },
    line: "Anschluss",
    requested: "Angefordert",
    validUntil: "Link gültig bis",
    approve: "Zustimmen",
    decline: "Das habe ich nicht angefordert",
    warning:
      "Wenn Sie das nicht angefordert haben, versucht vielleicht jemand, Ihre Rufnummer zu übernehmen. Wählen Sie „Das habe ich nicht angefordert“, dann wird nichts geändert.",
  },
  thanks: "Vielen Dank",
  approvedLead: "Sie haben dieser Anfrage zugestimmt.",
  alreadyApproved: "Sie haben dieser Anfrage bereits zugestimmt",
  done: {
    simReplacement:
      "Ihre SIM-Karte wurde ersetzt. Ihre bisherige SIM-Karte funktioniert nicht mehr.",
    providerChange:
      "Ihr Anschluss ist in das neue Netz gewechselt. Verwenden Sie ab jetzt die neue SIM; Ihre bisherige SIM-Karte funktioniert nicht mehr.",
    portOutCredentials: "Unser Kundenservice teilt Ihnen die Kundennummer und die PIN mit.",
    lockRemoval: "Die Sperre Ihres Anschlusses wurde aufgehoben.",
    incomplete:
      "Wir konnten es nicht sofort abschließen. Unser Kundenservice erledigt es und meldet sich bei Ihnen.",
  },
  declined: {
    heading: "Danke für Ihre Rückmeldung",
    body: (brand) =>
      `An Ihrem Anschluss wurde nichts geändert. Bitte wenden Sie sich an den Kundenservice von ${brand}: Möglicherweise hat jemand versucht, Ihren Anschluss ohne Ihre Erlaubnis zu ändern.`,
  },
  lockOffer: {
    text: "Sie können Ihren Anschluss jetzt sperren: Solange er gesperrt ist, kann niemand seine SIM-Karte wechseln oder Ihre Rufnummer zu einem anderen Anbieter mitnehmen, auch nicht mit einer Anfrage wie dieser.",
    button: "Meinen Anschluss sperren",
    done: {
      heading: "Ihr Anschluss ist gesperrt",
      body: "Niemand kann die SIM-Karte Ihres Anschlusses wechseln oder Ihre Rufnummer mitnehmen, bis die Sperre aufgehoben wird, und dafür ist Ihre Zustimmung nötig.",
    },
  },
  alreadyDeclined: {
    heading: "Sie haben uns bereits mitgeteilt, dass Sie das nicht angefordert haben",
    body: (brand) =>
      `An Ihrem Anschluss wurde nichts geändert. Falls noch nicht geschehen, wenden Sie sich an den Kundenservice von ${brand}.`,
  },
  expired: {
    heading: "Dieser Link ist abgelaufen",
    body: (brand) =>
      `Es wurde nichts geändert. Wenn Sie das weiterhin möchten, wenden Sie sich an den Kundenservice von ${brand}, um einen neuen Link zu erhalten.`,
  },
  canceled: {
    heading: "Diese Anfrage wurde storniert",
    body: (brand) =>
      `Es wurde nichts geändert. Wenn Sie weiterhin Hilfe brauchen, wenden Sie sich an den Kundenservice von ${brand}.`,
  },
  superseded: {
    heading: "Ihnen wurde ein neuerer Link gesendet",
    body: "Dieser Link wurde ersetzt. Öffnen Sie die neueste Nachricht, die Sie erhalten haben, und verwenden Sie deren Link.",
  },
  unknown: {
    heading: "Dieser Link ist ungültig",
    body: "Prüfen Sie, ob Sie den vollständigen Link aus Ihrer Nachricht geöffnet haben. Wenn er weiterhin nicht funktioniert, wenden Sie sich an den Kundenservice Ihres Mobilfunkanbieters, um einen neuen Link zu erhalten.",
  },
  refused: {
    heading: "Wir konnten Ihre Antwort nicht annehmen",
    body: "Es wurde nichts geändert. Öffnen Sie den Link aus Ihrer Nachricht erneut und treffen Sie Ihre Wahl noch einmal.",
  },
  tooManyRequests: {
    heading: "Zu viele Versuche",
    body: "Es wurde nichts geändert. Bitte warten Sie einige Minuten und öffnen Sie dann den Link aus Ihrer Nachricht erneut.",
  },
  failure: {
    heading: "Etwas ist schiefgelaufen",
    body: "Es wurde nichts geändert. Bitte versuchen Sie es in einigen Minuten erneut.",
  },
};

// French sets a no-break space before two-part punctuation (? : « »).
const fr: Messages = {
  pending: {
    heading: "Avez-vous fait cette demande\u00a0?",
    intro: {
      simReplacement: (brand) =>
        `${brand} a reçu une demande de remplacement de la carte SIM de votre ligne.`,
      providerChange: (brand) =>
        `${brand} a reçu une demande de transfert de votre ligne vers un autre réseau.`,
      portOutCredentials: (brand) =>
        `${brand} a reçu une demande des informations nécessaires pour transférer votre numéro vers un autre opérateur.`,
      lockRemoval: (brand) =>
        `${brand} a reçu une demande de levée du verrou qui protège votre ligne contre les changements de SIM ou les portabilités.`,
    },
    effect: {
      newEsim:
        "Si vous acceptez, votre carte SIM actuelle cessera de fonctionner et sera remplacée par une nouvelle eSIM.",
      newSim:
        "Si vous acceptez, votre carte SIM actuelle cessera de fonctionner et sera remplacée par une nouvelle carte SIM.",
      providerChange:
        "Si vous acceptez, votre ligne passera sur un autre réseau et vous aurez besoin de la nouvelle SIM. Votre carte SIM actuelle cessera de fonctionner.",
      portOutCredentials:
        "Si vous acceptez, vous recevrez le numéro de compte et le code PIN pour transférer votre numéro vers un autre opérateur.",
      lockRemoval:
        "Si vous acceptez, le verrou sera levé\u00a0: votre carte SIM ou votre numéro pourront de nouveau être changés ou transférés, toujours avec votre accord.",
    },
    line: "Ligne",
    requested: "Demandé le",
    validUntil: "Lien valable jusqu’au",
    approve: "Accepter",
    decline: "Je n’ai pas fait cette demande",
    warning:
      "Si vous n’avez pas fait cette demande, quelqu’un essaie peut-être de prendre le contrôle de votre numéro. Choisissez «\u00a0Je n’ai pas fait cette demande\u00a0» et rien ne sera modifié.",
  },
  thanks: "Merci",
  approvedLead: "Vous avez accepté cette demande.",
  alreadyApproved: "Vous avez déjà accepté cette demande",
  done: {
    simReplacement: "Votre carte SIM a été remplacée. Votre ancienne carte SIM ne fonctionne plus.",
    providerChange:
      "Votre ligne est passée sur le nouveau réseau. Utilisez désormais la nouvelle SIM\u00a0; votre ancienne carte SIM ne fonctionne plus.",
    portOutCredentials:
      "Notre service client vous communiquera votre numéro de compte et votre code PIN.",
    lockRemoval: "Le verrou de votre ligne a été levé.",
    incomplete:
      "Nous n’avons pas pu terminer l’opération tout de suite. Notre service client la terminera et vous contactera.",
  },
  declined: {
    heading: "Merci de nous avoir prévenus",
    body: (brand) =>
      `Rien n’a été modifié sur votre ligne. Veuillez contacter le service client de ${brand}\u00a0: quelqu’un a peut-être essayé de modifier votre ligne sans votre autorisation.`,
  },
  lockOffer: {
    text: "Vous pouvez verrouiller votre ligne maintenant\u00a0: tant qu’elle est verrouillée, personne ne peut changer sa carte SIM ni transférer votre numéro vers un autre opérateur, même avec une demande comme celle-ci.",
    button: "Verrouiller ma ligne",
    done: {
      heading: "Votre ligne est verrouillée",
      body: "Personne ne peut changer la carte SIM de votre ligne ni transférer votre numéro tant que le verrou n’est pas levé, et sa levée nécessite votre accord.",
    },
  },
  alreadyDeclined: {
    heading: "Vous nous avez déjà indiqué ne pas avoir fait cette demande",
    body: (brand) =>
      `Rien n’a été modifié sur votre ligne. Si ce n’est pas encore fait, contactez le service client de ${brand}.`,
  },
  expired: {
    heading: "Ce lien a expiré",
    body: (brand) =>
      `Rien n’a été modifié. Si vous le souhaitez toujours, contactez le service client de ${brand} pour obtenir un nouveau lien.`,
  },
  canceled: {
    heading: "Cette demande a été annulée",
    body: (brand) =>
      `Rien n’a été modifié. Si vous avez encore besoin d’aide, contactez le service client de ${brand}.`,
  },
  superseded: {
    heading: "Un lien plus récent vous a été envoyé",
    body: "Ce lien a été remplacé. Ouvrez le message le plus récent que vous avez reçu et utilisez son lien.",
  },
  unknown: {
    heading: "Ce lien n’est pas valide",
    body: "Vérifiez que vous avez ouvert le lien complet de votre message. S’il ne fonctionne toujours pas, contactez le service client de votre opérateur mobile pour obtenir un nouveau lien.",
  },
  refused: {
    heading: "Nous n’avons pas pu accepter votre réponse",
    body: "Rien n’a été modifié. Ouvrez à nouveau le lien de votre message et faites votre choix une nouvelle fois.",
  },
  tooManyRequests: {
    heading: "Trop de tentatives",
    body: "Rien n’a été modifié. Veuillez patienter quelques minutes, puis ouvrez à nouveau le lien de votre message.",
  },
  failure: {
    heading: "Une erreur s’est produite",
    body: "Rien n’a été modifié. Veuillez réessayer dans quelques minutes.",
  },
};

const catalogue: Record<Locale, Messages> = { en, es, de, fr };

/**
 * The version of the page's words (F5). Change it whenever a text above changes: evidence names
 * the version and locale a subscriber saw, and the text is rebuilt from them.
 */
export const reviewTextVersion = "2026-11-30";

export function messagesFor(locale: Locale): Messages {
  return catalogue[locale];
}
