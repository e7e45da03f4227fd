import type { InviteLocaleMessages } from '../i18n/InviteLocaleMessages';

// French typography: a no-break space before ":" and a narrow no-break space before "?", "!"
// and ";", written as escapes so they stay visible in the source.

/**
 * Every message in French ("vous"), for the provider's `messages`. French uses the `one` form
 * for 0 and 1, and `many` for round millions ("1 000 000 de personnes").
 *
 * @example
 * ```tsx
 * import fr from 'invite-widgets/locales/fr';
 *
 * <InviteClientProvider client={client} tenantId="acme" locale="fr-FR" messages={{ fr }}>
 *   <UserInvitesTable />
 * </InviteClientProvider>;
 * ```
 */
export const fr: InviteLocaleMessages = {
  'status.pending': 'En attente',
  'status.accepted': 'Acceptée',
  'status.declined': 'Refusée',
  'status.canceled': 'Annulée',
  'status.expired': 'Expirée',
  'status.unknown': 'Inconnu',

  'error.invalid_email': 'Cette adresse e-mail n’est pas valide.',
  'error.already_invited': 'Cette personne a déjà une invitation en attente.',
  'error.already_member': 'Cette personne fait déjà partie de l’équipe.',
  'error.invalid_token': 'Ce lien d’invitation n’est pas valide. Demandez une nouvelle invitation.',
  'error.expired':
    'Cette invitation a expiré. Demandez à l’auteur de l’invitation de vous en envoyer une nouvelle.',
  'error.not_found': 'Cette invitation n’existe plus.',
  'error.conflict':
    'Cette invitation a été modifiée entre-temps. Actualisez la page pour voir son état actuel.',
  'error.rate_limited': 'Trop de requêtes. Réessayez dans {wait}.',
  'error.rate_limited.now': 'Trop de requêtes. Réessayez dans un instant.',
  'error.forbidden': 'Vous n’avez pas l’autorisation d’effectuer cette action.',
  'error.network': 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
  'error.unknown': 'Une erreur s’est produite. Réessayez.',

  'common.retry': 'Réessayer',
  'common.loading': 'Chargement…',
  'common.people': {
    one: '{count} personne',
    many: '{count} de personnes',
    other: '{count} personnes',
  },

  'form.label': 'Adresses e-mail',
  'form.placeholder': 'nom@exemple.fr, autre@exemple.fr',
  'form.hint':
    'Séparez les adresses par des virgules, des espaces ou des retours à la ligne, ou collez une liste ou un fichier CSV.',
  'form.entries': 'Personnes à inviter',
  'form.issue.separator': '\u00A0: ',
  'form.remove': 'Retirer {email}',
  'form.removed': 'Adresse {email} retirée.',
  'form.more': { one: '+{count} autre', many: '+{count} autres', other: '+{count} autres' },
  'form.count': {
    one: '{count} personne',
    many: '{count} de personnes',
    other: '{count} personnes',
  },
  'form.attention': {
    one: '{count} à vérifier',
    many: '{count} à vérifier',
    other: '{count} à vérifier',
  },
  'form.duplicates': {
    one: '{count} adresse en double a été fusionnée.',
    many: '{count} d’adresses en double ont été fusionnées.',
    other: '{count} adresses en double ont été fusionnées.',
  },
  'form.issues': 'À vérifier',
  'form.issue.invalid': 'Adresse e-mail non valide.',
  'form.issue.pending': 'A déjà une invitation en attente.',
  'form.tooMany':
    'Vous pouvez inviter au maximum {max} personnes à la fois. Retirez-en {excess} pour continuer.',
  'form.firstName': 'Prénom',
  'form.lastName': 'Nom',
  'form.role': 'Rôle',
  'form.role.none': 'Rôle par défaut',
  'form.locale': 'Langue de l’e-mail',
  'form.submit': {
    zero: 'Envoyer les invitations',
    one: 'Envoyer l’invitation',
    many: 'Envoyer {count} d’invitations',
    other: 'Envoyer {count} invitations',
  },
  'form.sending': 'Envoi de {sent} sur {total}…',
  'form.sendingShort': 'Envoi…',
  'form.sent': {
    one: 'Invitation envoyée à {email}.',
    many: '{count} d’invitations envoyées.',
    other: '{count} invitations envoyées.',
  },
  'form.failed': {
    one: '{count} invitation n’a pas pu être envoyée\u202F; l’adresse est toujours dans le champ.',
    many: '{count} d’invitations n’ont pas pu être envoyées\u202F; les adresses sont toujours dans le champ.',
    other:
      '{count} invitations n’ont pas pu être envoyées\u202F; les adresses sont toujours dans le champ.',
  },
  'form.nothingSent': 'Rien n’a été envoyé\u00A0: {reason}',
  'form.removedMany': {
    one: '{count} adresse retirée.',
    many: '{count} d’adresses retirées.',
    other: '{count} adresses retirées.',
  },
  'form.group.failed': 'Non envoyées ({count})\u00A0: {reason}',
  'form.group.retry': 'Réessayer ({count})',
  'form.group.invalid': {
    one: '{count} adresse n’est pas valide.',
    many: '{count} d’adresses ne sont pas valides.',
    other: '{count} adresses ne sont pas valides.',
  },
  'form.group.invited': {
    one: '{count} personne a déjà une invitation en attente.',
    many: '{count} de personnes ont déjà une invitation en attente.',
    other: '{count} personnes ont déjà une invitation en attente.',
  },
  'form.group.member': {
    one: '{count} personne fait déjà partie de l’équipe.',
    many: '{count} de personnes font déjà partie de l’équipe.',
    other: '{count} personnes font déjà partie de l’équipe.',
  },
  'form.group.removeInvalid': {
    one: 'Retirer l’adresse non valide',
    many: 'Retirer toutes les adresses non valides',
    other: 'Retirer toutes les adresses non valides',
  },
  'form.group.removeInvited': {
    one: 'Retirer l’adresse déjà invitée',
    many: 'Retirer toutes les adresses déjà invitées',
    other: 'Retirer toutes les adresses déjà invitées',
  },
  'form.group.removeMembers': {
    one: 'Retirer l’adresse du membre',
    many: 'Retirer les adresses de tous les membres',
    other: 'Retirer les adresses de tous les membres',
  },
  'form.group.removeFailed': {
    one: 'Retirer l’adresse',
    many: 'Retirer {count} d’adresses',
    other: 'Retirer {count} adresses',
  },
  'form.group.show': {
    one: 'Afficher l’adresse',
    many: 'Afficher les {count} d’adresses',
    other: 'Afficher les {count} adresses',
  },
  'form.group.more': {
    one: 'et {count} autre, dans le champ',
    many: 'et {count} autres, dans le champ',
    other: 'et {count} autres, dans le champ',
  },
  'form.upload': 'Importer un CSV',
  'form.drop': 'Déposez le fichier pour ajouter ses adresses',
  'form.import.added': {
    zero: 'Aucune nouvelle adresse dans {file}.',
    one: '{count} personne ajoutée depuis {file}.',
    many: '{count} de personnes ajoutées depuis {file}.',
    other: '{count} personnes ajoutées depuis {file}.',
  },
  'form.import.none': 'Aucune adresse e-mail trouvée dans {file}.',
  'form.import.unsupported':
    'Impossible d’importer {file}\u00A0: choisissez un fichier .csv, .txt ou .vcf.',
  'form.import.tooLarge': 'Impossible d’importer {file}\u00A0: il dépasse {size}.',
  'form.import.unreadable':
    'Impossible de lire {file}. Essayez de l’enregistrer à nouveau au format CSV.',
  'form.confirm.title': {
    one: 'Envoyer {count} invitation\u202F?',
    many: 'Envoyer {count} d’invitations\u202F?',
    other: 'Envoyer {count} invitations\u202F?',
  },
  'form.confirm.description': {
    one: '{count} personne recevra un e-mail avec un lien pour rejoindre l’équipe.',
    many: '{count} de personnes recevront un e-mail avec un lien pour rejoindre l’équipe.',
    other: '{count} personnes recevront un e-mail avec un lien pour rejoindre l’équipe.',
  },
  'form.confirm.yes': {
    one: 'Envoyer {count} invitation',
    many: 'Envoyer {count} d’invitations',
    other: 'Envoyer {count} invitations',
  },
  'form.confirm.no': 'Annuler',

  'dialog.trigger': 'Inviter des personnes',
  'dialog.title': 'Inviter des personnes dans votre équipe',
  'dialog.description':
    'Elles recevront un e-mail avec un lien pour nous rejoindre. Les invitations expirent au bout de 7 jours.',
  'dialog.close': 'Fermer',

  'table.label': 'Invitations',
  'table.search': 'Rechercher des invitations',
  'table.searchPlaceholder': 'Rechercher par nom ou e-mail',
  'table.status': 'Statut',
  'table.status.all': 'Tous les statuts',
  'table.column.invitee': 'Personne invitée',
  'table.column.roles': 'Rôles',
  'table.column.status': 'Statut',
  'table.column.sent': 'Envoyée',
  'table.column.expires': 'Expiration',
  'table.column.actions': 'Actions',
  'table.defaultRole': 'Rôle par défaut',
  'table.expires.in': 'Expire {time}',
  'table.expires.soon': 'Expire bientôt\u00A0: {time}',
  'table.expired': 'Expirée {time}',
  'table.expires.none': '—',
  'table.noAddress': 'une invitation sans adresse',
  'table.selectRow': 'Sélectionner {email}',
  'table.selectPage': 'Sélectionner toutes les invitations de cette page',
  'table.selected': {
    one: '{count} sélectionnée',
    many: '{count} sélectionnées',
    other: '{count} sélectionnées',
  },
  'table.clearSelection': 'Désélectionner',
  'table.resend': 'Renvoyer',
  'table.resendTo': 'Renvoyer l’invitation à {email}',
  'table.resendIn': 'Renvoyer dans {wait}',
  'table.resendInTo': 'Renvoyer dans {wait}\u00A0: invitation à {email}',
  'table.rowActions': 'Actions pour {email}',
  'table.copyInviteLink': 'Copier le lien d’invitation',
  'table.cancelInvite': 'Annuler l’invitation…',
  'table.edit': 'Modifier l’invitation',
  'table.edit.title': 'Modifier l’invitation',
  'table.edit.description': 'Les modifications s’appliquent à l’invitation de {email}.',
  'table.edit.role': 'Rôle',
  'table.edit.firstName': 'Prénom',
  'table.edit.lastName': 'Nom',
  'table.edit.locale': 'Langue de l’e-mail',
  'table.edit.save': 'Enregistrer les modifications',
  'table.edit.discard': 'Ignorer les modifications',
  'table.edit.close': 'Fermer',
  'table.saved': 'Invitation de {email} mise à jour.',
  'table.feedback.resending': 'Renvoi…',
  'table.feedback.resent': 'Renvoyée',
  'table.feedback.copying': 'Copie…',
  'table.feedback.copied': 'Lien copié',
  'table.feedback.canceling': 'Annulation…',
  'table.feedback.canceled': 'Annulée',
  'table.feedback.saving': 'Enregistrement…',
  'table.feedback.saved': 'Enregistrée',
  'table.feedback.failed': 'Échec',
  'table.copied': 'Lien d’invitation de {email} copié.',
  'table.copyFailed': 'Impossible de copier le lien de {email}\u00A0: {reason}',
  'table.resent': 'Invitation renvoyée à {email}.',
  'table.canceled': 'Invitation à {email} annulée.',
  'table.resendFailed': 'Impossible de renvoyer l’invitation à {email}\u00A0: {reason}',
  'table.cancelFailed': 'Impossible d’annuler l’invitation à {email}\u00A0: {reason}',
  'table.editFailed': 'Impossible de modifier l’invitation à {email}\u00A0: {reason}',
  'table.confirm.title': 'Annuler cette invitation\u202F?',
  'table.confirm.description': '{email} ne pourra plus rejoindre l’équipe avec cette invitation.',
  'table.confirm.bulkTitle': {
    one: 'Annuler {count} invitation\u202F?',
    many: 'Annuler {count} d’invitations\u202F?',
    other: 'Annuler {count} invitations\u202F?',
  },
  'table.confirm.bulkDescription':
    'Ces personnes ne pourront plus rejoindre l’équipe avec leur invitation.',
  'table.confirm.yes': 'Annuler l’invitation',
  'table.confirm.bulkYes': {
    one: 'Annuler {count} invitation',
    many: 'Annuler {count} d’invitations',
    other: 'Annuler {count} invitations',
  },
  'table.confirm.no': 'La conserver',
  'table.bulk.resend': 'Renvoyer la sélection',
  'table.bulk.cancel': 'Annuler la sélection',
  'table.bulk.resendDone': {
    one: '{count} invitation renvoyée.',
    many: '{count} d’invitations renvoyées.',
    other: '{count} invitations renvoyées.',
  },
  'table.bulk.cancelDone': {
    one: '{count} invitation annulée.',
    many: '{count} d’invitations annulées.',
    other: '{count} invitations annulées.',
  },
  'table.bulk.resendFailed': {
    one: 'Impossible de renvoyer {count} invitation\u00A0:',
    many: 'Impossible de renvoyer {count} d’invitations\u00A0:',
    other: 'Impossible de renvoyer {count} invitations\u00A0:',
  },
  'table.bulk.cancelFailed': {
    one: 'Impossible d’annuler {count} invitation\u00A0:',
    many: 'Impossible d’annuler {count} d’invitations\u00A0:',
    other: 'Impossible d’annuler {count} invitations\u00A0:',
  },
  'table.bulk.failure': '{email}\u00A0: {reason}',
  'table.bulk.skipped':
    '{email}\u00A0: impossible pour une invitation au statut «\u202F{status}\u202F»',
  'table.bulk.resending': 'Renvoi de {done} sur {total}…',
  'table.bulk.canceling': 'Annulation de {done} sur {total}…',
  'table.bulk.dismiss': 'Fermer',
  'table.range': '{from}–{to} sur {total}',
  'table.pagination': 'Pagination des invitations',
  'table.pageSize': 'Lignes par page',
  'table.previous': 'Page précédente',
  'table.next': 'Page suivante',
  'table.loading': 'Chargement des invitations…',
  'table.empty.title': 'Aucune invitation pour l’instant',
  'table.empty.description': 'Invitez vos collègues, ils apparaîtront ici.',
  'table.noResults': 'Aucune invitation ne correspond à ces filtres.',
  'table.clearFilters': 'Effacer les filtres',
  'table.error': 'Impossible de charger les invitations\u00A0: {reason}',
  'table.live.accepted': '{email} a accepté votre invitation.',
  'table.live.declined': '{email} a refusé votre invitation.',
  'table.live.expired': 'L’invitation à {email} a expiré.',

  'accept.loading': 'Vérification de votre invitation…',
  'accept.title': 'Vous avez reçu une invitation',
  'accept.to': '{inviter} vous invite à rejoindre {tenant}.',
  'accept.toTenant': 'On vous invite à rejoindre {tenant}.',
  'accept.generic': 'On vous invite à rejoindre une équipe.',
  'accept.join': 'Rejoindre {tenant}',
  'accept.role': 'Rôle',
  'accept.sentTo': 'Envoyée à',
  'accept.expires': 'Expire le',
  'accept.accept': 'Accepter l’invitation',
  'accept.decline': 'Refuser',
  'accept.confirmDecline':
    'Refuser cette invitation\u202F? Pour nous rejoindre plus tard, il vous en faudra une nouvelle.',
  'accept.confirmDecline.yes': 'Refuser l’invitation',
  'accept.confirmDecline.no': 'Garder l’invitation',
  'accept.continue': 'Continuer',
  'accept.accepted': 'Bienvenue\u202F! Vous avez rejoint {tenant}.',
  'accept.acceptedGeneric': 'Bienvenue\u202F! Vous avez rejoint l’équipe.',
  'accept.declined': 'Vous avez refusé l’invitation.',
  'accept.declined.next':
    'Il ne se passera rien d’autre. Si vous changez d’avis, demandez une nouvelle invitation.',
  'accept.expired': 'Cette invitation a expiré.',
  'accept.expired.next': 'Demandez une nouvelle invitation à {inviter}.',
  'accept.expired.nextGeneric':
    'Demandez une nouvelle invitation à la personne qui vous l’a envoyée.',
  'accept.alreadyAccepted': 'Vous avez déjà accepté cette invitation.',
  'accept.alreadyDeclined': 'Vous avez déjà refusé cette invitation.',
  'accept.canceled': 'Cette invitation a été annulée.',
  'accept.canceled.next':
    'Si vous souhaitez toujours nous rejoindre, demandez une nouvelle invitation.',
  'accept.invalid': 'Ce lien d’invitation n’est pas valide.',
  'accept.invalid.next':
    'Vérifiez que vous avez ouvert le lien complet de votre e-mail, ou demandez une nouvelle invitation.',
  'accept.networkError': 'Impossible de joindre le serveur pour vérifier votre invitation.',
  'accept.error': 'Impossible de vérifier votre invitation.',
  'accept.unavailable': 'Impossible de répondre à cette invitation.',
  'accept.otherAccount': 'Cette invitation a été envoyée à {email}.',
  'accept.otherAccount.next':
    'Votre session est ouverte avec {userEmail}. Connectez-vous avec {email} pour y répondre.',
  'accept.switchAccount': 'Changer de compte',
  'accept.retry': 'Réessayer',

  'outbox.title': 'Boîte d’envoi',
  'outbox.description':
    'Les e-mails que le backend en mémoire aurait envoyés. Répondez-y à la place de la personne invitée.',
  'outbox.empty':
    'Aucun e-mail envoyé pour l’instant. Envoyez une invitation, elle apparaîtra ici.',
  'outbox.count': { one: '{count} e-mail', many: '{count} d’e-mails', other: '{count} e-mails' },
  'outbox.kind.invite': 'Invitation',
  'outbox.kind.resend': 'Relance',
  'outbox.sentAt': 'Envoyé {time}',
  'outbox.accept': 'Accepter l’invitation pour {email}',
  'outbox.accept.short': 'Accepter',
  'outbox.decline': 'Refuser l’invitation pour {email}',
  'outbox.decline.short': 'Refuser',
  'outbox.answered.accepted': '{email} a accepté l’invitation.',
  'outbox.answered.declined': '{email} a refusé l’invitation.',
  'outbox.failed': 'Impossible de répondre pour {email}\u00A0: {reason}',
  'outbox.replaced': 'Remplacé par un e-mail plus récent',
};

export default fr;
