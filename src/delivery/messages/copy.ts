import type { ConsentType } from "../../domain/consent-rules.js";
import type { Locale } from "../../domain/formats.js";

/** The words of every message, in each supported language. */

export type Notice = "simReplaced" | "providerChanged" | "portOutCredentialsIssued";

/** What approving will do, by action (and, for a SIM replacement, by the new SIM's type). */
export type Consequence = "eSIM" | "pSIM" | "providerChange" | "portOutCredentials" | "lockRemoval";

export type Copy = {
  greeting: (name: string) => string;
  footer: (brand: string) => string;
  consent: {
    subject: Record<ConsentType, string>;
    intro: Record<ConsentType, (brand: string, line: string) => string>;
    consequence: Record<Consequence, string>;
    review: string;
    linkIntro: string;
    validity: (duration: string, until: string) => string;
    notYou: (brand: string) => string;
    sms: (brand: string, subject: string, link: string, duration: string) => string;
  };
  notice: {
    subject: Record<Notice, string>;
    body: Record<Notice, (line: string, at: string) => string>;
    notYou: (brand: string) => string;
  };
  /** T1: to the previous address, after the email of the user's account changed. */
  contactChange: {
    subject: string;
    changed: (brand: string, previous: string, next: string, at: string) => string;
    removed: (brand: string, previous: string, at: string) => string;
  };
};

const en: Copy = {
  greeting: (name) => `Hello ${name},`,
  footer: (brand) => `${brand} sent you this message about your mobile line.`,
  consent: {
    subject: {
      simReplacement: "Approve your SIM replacement",
      providerChange: "Approve moving your line to another network",
      portOutCredentials: "Approve your number transfer details",
      lockRemoval: "Approve removing the lock on your line",
    },
    intro: {
      simReplacement: (brand, line) =>
        `${brand} was asked to replace the SIM card of your line ${line}. We need your approval first.`,
      providerChange: (brand, line) =>
        `${brand} was asked to move your line ${line} to another network. We need your approval first.`,
      portOutCredentials: (brand, line) =>
        `${brand} was asked for the account number and PIN that move your number ${line} to another provider. We need your approval first.`,
      lockRemoval: (brand, line) =>
        `${brand} was asked to remove the lock that protects your line ${line} against SIM changes or number transfers. We need your approval first.`,
    },
    consequence: {
      eSIM: "If you approve, your current SIM card stops working and a new eSIM replaces it.",
      pSIM: "If you approve, your current SIM card stops working and a new SIM card replaces it.",
      providerChange:
        "If you approve, your line moves to the other network and you will need the new SIM card.",
      portOutCredentials:
        "If you approve, our support team will give you the account number and PIN to move your number to another provider.",
      lockRemoval:
        "If you approve, the lock will be removed: your SIM card or number can then be changed or transferred again, each time with your approval.",
    },
    review: "Review",
    linkIntro: "Or open this link:",
    validity: (duration, until) => `This link is valid for ${duration}, until ${until}.`,
    notYou: (brand) =>
      `Did not ask for this? Open the link and choose “I did not ask for this”, then contact ${brand} support. Never share this link.`,
    sms: (brand, subject, link, duration) =>
      `${brand}: ${subject}: ${link} (valid ${duration}). Not you? Open it and choose "I did not ask for this".`,
  },
  notice: {
    subject: {
      simReplaced: "Your SIM card was replaced",
      providerChanged: "Your line moved to another network",
      portOutCredentialsIssued: "Your number transfer details were issued",
    },
    body: {
      simReplaced: (line, at) =>
        `The SIM card of your line ${line} was replaced on ${at}. Your previous SIM card no longer works.`,
      providerChanged: (line, at) =>
        `Your line ${line} moved to another network on ${at}. It now works with the new SIM card.`,
      portOutCredentialsIssued: (line, at) =>
        `The account number and PIN to move your number ${line} to another provider were issued on ${at}. Any earlier PIN no longer works.`,
    },
    notYou: (brand) => `If this was not you, contact ${brand} support right away.`,
  },
  contactChange: {
    subject: "The email address of your account was changed",
    changed: (brand, previous, next, at) =>
      `The email address of your ${brand} account was changed on ${at}, from ${previous} to ${next}. Messages about your line now go to the new address.`,
    removed: (brand, previous, at) =>
      `The email address ${previous} was removed from your ${brand} account on ${at}. Messages about your line no longer go to it.`,
  },
};

const es: Copy = {
  greeting: (name) => `Hola, ${name}:`,
  footer: (brand) => `${brand} te envía este mensaje sobre tu línea móvil.`,
  consent: {
    subject: {
      simReplacement: "Aprueba el cambio de tu SIM",
      providerChange: "Aprueba el cambio de red de tu línea",
      portOutCredentials: "Aprueba tus datos para la portabilidad",
      lockRemoval: "Aprueba quitar el bloqueo de tu línea",
    },
    intro: {
      simReplacement: (brand, line) =>
        `Se ha pedido a ${brand} que cambie la tarjeta SIM de tu línea ${line}. Antes necesitamos tu aprobación.`,
      providerChange: (brand, line) =>
        `Se ha pedido a ${brand} que pase tu línea ${line} a otra red. Antes necesitamos tu aprobación.`,
      portOutCredentials: (brand, line) =>
        `Se ha pedido a ${brand} el número de cuenta y el PIN para llevar tu número ${line} a otro operador. Antes necesitamos tu aprobación.`,
      lockRemoval: (brand, line) =>
        `Se ha pedido a ${brand} que quite el bloqueo que protege tu línea ${line} contra cambios de SIM o portabilidades. Antes necesitamos tu aprobación.`,
    },
    consequence: {
      eSIM: "Si lo apruebas, tu tarjeta SIM actual dejará de funcionar y una nueva eSIM la sustituirá.",
      pSIM: "Si lo apruebas, tu tarjeta SIM actual dejará de funcionar y una nueva tarjeta SIM la sustituirá.",
      providerChange:
        "Si lo apruebas, tu línea pasará a la otra red y necesitarás la nueva tarjeta SIM.",
      portOutCredentials:
        "Si lo apruebas, nuestro equipo de atención te dará el número de cuenta y el PIN para llevar tu número a otro operador.",
      lockRemoval:
        "Si lo apruebas, se quitará el bloqueo: tu tarjeta SIM o tu número podrán volver a cambiarse o transferirse, siempre con tu aprobación.",
    },
    review: "Revisar",
    linkIntro: "O abre este enlace:",
    validity: (duration, until) => `Este enlace es válido durante ${duration}, hasta el ${until}.`,
    notYou: (brand) =>
      `¿No lo has pedido tú? Abre el enlace, elige «No he pedido esto» y contacta con el servicio de atención de ${brand}. No compartas nunca este enlace.`,
    sms: (brand, subject, link, duration) =>
      `${brand}: ${subject}: ${link} (válido ${duration}). ¿No fuiste tú? Ábrelo y elige «No he pedido esto».`,
  },
  notice: {
    subject: {
      simReplaced: "Se ha cambiado tu tarjeta SIM",
      providerChanged: "Tu línea ha pasado a otra red",
      portOutCredentialsIssued: "Se han emitido tus datos para la portabilidad",
    },
    body: {
      simReplaced: (line, at) =>
        `La tarjeta SIM de tu línea ${line} se cambió el ${at}. Tu tarjeta SIM anterior ya no funciona.`,
      providerChanged: (line, at) =>
        `Tu línea ${line} pasó a otra red el ${at}. Ahora funciona con la nueva tarjeta SIM.`,
      portOutCredentialsIssued: (line, at) =>
        `El número de cuenta y el PIN para llevar tu número ${line} a otro operador se emitieron el ${at}. Cualquier PIN anterior ya no es válido.`,
    },
    notYou: (brand) =>
      `Si no fuiste tú, contacta de inmediato con el servicio de atención de ${brand}.`,
  },
  contactChange: {
    subject: "Se ha cambiado el correo electrónico de tu cuenta",
    changed: (brand, previous, next, at) =>
      `El correo electrónico de tu cuenta de ${brand} se cambió el ${at}, de ${previous} a ${next}. Los mensajes sobre tu línea llegan ahora a la nueva dirección.`,
    removed: (brand, previous, at) =>
      `El correo electrónico ${previous} se eliminó de tu cuenta de ${brand} el ${at}. Los mensajes sobre tu línea ya no llegan a esa dirección.`,
  },
};

const de: Copy = {
  greeting: (name) => `Hallo ${name},`,
  footer: (brand) => `Diese Nachricht zu Ihrem Mobilfunkanschluss kommt von ${brand}.`,
  consent: {
    subject: {
      simReplacement: "Bestätigen Sie den Austausch Ihrer SIM-Karte",
      providerChange: "Bestätigen Sie den Netzwechsel Ihres Anschlusses",
      portOutCredentials: "Bestätigen Sie Ihre Daten für die Rufnummernmitnahme",
      lockRemoval: "Bestätigen Sie das Aufheben der Sperre Ihres Anschlusses",
    },
    intro: {
      simReplacement: (brand, line) =>
        `${brand} wurde gebeten, die SIM-Karte Ihres Anschlusses ${line} auszutauschen. Dafür brauchen wir zuerst Ihre Zustimmung.`,
      providerChange: (brand, line) =>
        `${brand} wurde gebeten, Ihren Anschluss ${line} in ein anderes Netz zu verlegen. Dafür brauchen wir zuerst Ihre Zustimmung.`,
      portOutCredentials: (brand, line) =>
        `${brand} wurde um die Kundennummer und PIN gebeten, mit denen Ihre Rufnummer ${line} zu einem anderen Anbieter wechselt. Dafür brauchen wir zuerst Ihre Zustimmung.`,
      lockRemoval: (brand, line) =>
        `${brand} wurde gebeten, die Sperre aufzuheben, die Ihren Anschluss ${line} vor SIM-Wechseln oder Rufnummernmitnahmen schützt. Dafür brauchen wir zuerst Ihre Zustimmung.`,
    },
    consequence: {
      eSIM: "Wenn Sie zustimmen, funktioniert Ihre jetzige SIM-Karte nicht mehr und eine neue eSIM ersetzt sie.",
      pSIM: "Wenn Sie zustimmen, funktioniert Ihre jetzige SIM-Karte nicht mehr und eine neue SIM-Karte ersetzt sie.",
      providerChange:
        "Wenn Sie zustimmen, wechselt Ihr Anschluss in das andere Netz und Sie brauchen die neue SIM-Karte.",
      portOutCredentials:
        "Wenn Sie zustimmen, gibt Ihnen unser Kundenservice die Kundennummer und PIN für den Wechsel zu einem anderen Anbieter.",
      lockRemoval:
        "Wenn Sie zustimmen, wird die Sperre aufgehoben: Ihre SIM-Karte oder Rufnummer kann dann wieder gewechselt oder mitgenommen werden, jeweils mit Ihrer Zustimmung.",
    },
    review: "Prüfen",
    linkIntro: "Oder öffnen Sie diesen Link:",
    validity: (duration, until) => `Dieser Link ist ${duration} gültig, bis ${until}.`,
    notYou: (brand) =>
      `Sie haben das nicht veranlasst? Öffnen Sie den Link, wählen Sie „Das habe ich nicht angefordert“ und wenden Sie sich an den Kundenservice von ${brand}. Geben Sie diesen Link nie weiter.`,
    sms: (brand, subject, link, duration) =>
      `${brand}: ${subject}: ${link} (${duration} gültig). Nicht Sie? Link öffnen und „Das habe ich nicht angefordert“ wählen.`,
  },
  notice: {
    subject: {
      simReplaced: "Ihre SIM-Karte wurde ausgetauscht",
      providerChanged: "Ihr Anschluss ist in ein anderes Netz gewechselt",
      portOutCredentialsIssued: "Ihre Daten für die Rufnummernmitnahme wurden ausgestellt",
    },
    body: {
      simReplaced: (line, at) =>
        `Die SIM-Karte Ihres Anschlusses ${line} wurde am ${at} ausgetauscht. Ihre bisherige SIM-Karte funktioniert nicht mehr.`,
      providerChanged: (line, at) =>
        `Ihr Anschluss ${line} ist am ${at} in ein anderes Netz gewechselt. Er funktioniert jetzt mit der neuen SIM-Karte.`,
      portOutCredentialsIssued: (line, at) =>
        `Die Kundennummer und PIN für die Mitnahme Ihrer Rufnummer ${line} zu einem anderen Anbieter wurden am ${at} ausgestellt. Eine frühere PIN ist nicht mehr gültig.`,
    },
    notYou: (brand) =>
      `Wenn Sie das nicht waren, wenden Sie sich sofort an den Kundenservice von ${brand}.`,
  },
  contactChange: {
    subject: "Die E-Mail-Adresse Ihres Kontos wurde geändert",
    changed: (brand, previous, next, at) =>
      `Die E-Mail-Adresse Ihres Kontos bei ${brand} wurde am ${at} von ${previous} in ${next} geändert. Nachrichten zu Ihrem Anschluss gehen jetzt an die neue Adresse.`,
    removed: (brand, previous, at) =>
      `Die E-Mail-Adresse ${previous} wurde am ${at} aus Ihrem Konto bei ${brand} entfernt. Nachrichten zu Ihrem Anschluss gehen nicht mehr an sie.`,
  },
};

const fr: Copy = {
  greeting: (name) => `Bonjour ${name},`,
  footer: (brand) => `${brand} vous envoie ce message au sujet de votre ligne mobile.`,
  consent: {
    subject: {
      simReplacement: "Approuvez le remplacement de votre carte SIM",
      providerChange: "Approuvez le changement de réseau de votre ligne",
      portOutCredentials: "Approuvez vos identifiants de portabilité",
      lockRemoval: "Approuvez la levée du verrou de votre ligne",
    },
    intro: {
      simReplacement: (brand, line) =>
        `${brand} a reçu une demande de remplacement de la carte SIM de votre ligne ${line}. Nous avons d’abord besoin de votre accord.`,
      providerChange: (brand, line) =>
        `${brand} a reçu une demande de transfert de votre ligne ${line} vers un autre réseau. Nous avons d’abord besoin de votre accord.`,
      portOutCredentials: (brand, line) =>
        `${brand} a reçu une demande du numéro de compte et du code PIN permettant de transférer votre numéro ${line} vers un autre opérateur. Nous avons d’abord besoin de votre accord.`,
      lockRemoval: (brand, line) =>
        `${brand} a reçu une demande de levée du verrou qui protège votre ligne ${line} contre les changements de SIM ou les portabilités. Nous avons d’abord besoin de votre accord.`,
    },
    consequence: {
      eSIM: "Si vous approuvez, votre carte SIM actuelle cessera de fonctionner et une nouvelle eSIM la remplacera.",
      pSIM: "Si vous approuvez, votre carte SIM actuelle cessera de fonctionner et une nouvelle carte SIM la remplacera.",
      providerChange:
        "Si vous approuvez, votre ligne passera sur l’autre réseau et vous aurez besoin de la nouvelle carte SIM.",
      portOutCredentials:
        "Si vous approuvez, notre service client vous communiquera le numéro de compte et le code PIN pour transférer votre numéro vers un autre opérateur.",
      lockRemoval:
        "Si vous acceptez, le verrou sera levé\u00a0: votre carte SIM ou votre numéro pourront de nouveau être changés ou transférés, toujours avec votre accord.",
    },
    review: "Vérifier",
    linkIntro: "Ou ouvrez ce lien :",
    validity: (duration, until) => `Ce lien est valable ${duration}, jusqu’au ${until}.`,
    notYou: (brand) =>
      `Vous n’êtes pas à l’origine de cette demande ? Ouvrez le lien, choisissez « Je n’ai pas fait cette demande », puis contactez le service client de ${brand}. Ne partagez jamais ce lien.`,
    sms: (brand, subject, link, duration) =>
      `${brand} : ${subject} : ${link} (valable ${duration}). Pas vous ? Ouvrez-le et choisissez « Je n’ai pas fait cette demande ».`,
  },
  notice: {
    subject: {
      simReplaced: "Votre carte SIM a été remplacée",
      providerChanged: "Votre ligne est passée sur un autre réseau",
      portOutCredentialsIssued: "Vos identifiants de portabilité ont été émis",
    },
    body: {
      simReplaced: (line, at) =>
        `La carte SIM de votre ligne ${line} a été remplacée le ${at}. Votre ancienne carte SIM ne fonctionne plus.`,
      providerChanged: (line, at) =>
        `Votre ligne ${line} est passée sur un autre réseau le ${at}. Elle fonctionne désormais avec la nouvelle carte SIM.`,
      portOutCredentialsIssued: (line, at) =>
        `Le numéro de compte et le code PIN pour transférer votre numéro ${line} vers un autre opérateur ont été émis le ${at}. Tout code PIN précédent n’est plus valable.`,
    },
    notYou: (brand) =>
      `Si vous n’êtes pas à l’origine de cette opération, contactez immédiatement le service client de ${brand}.`,
  },
  contactChange: {
    subject: "L’adresse e-mail de votre compte a été modifiée",
    changed: (brand, previous, next, at) =>
      `L’adresse e-mail de votre compte ${brand} a été modifiée le ${at}, de ${previous} à ${next}. Les messages concernant votre ligne sont désormais envoyés à la nouvelle adresse.`,
    removed: (brand, previous, at) =>
      `L’adresse e-mail ${previous} a été retirée de votre compte ${brand} le ${at}. Les messages concernant votre ligne n’y sont plus envoyés.`,
  },
};

export const copies: Record<Locale, Copy> = { en, es, de, fr };
