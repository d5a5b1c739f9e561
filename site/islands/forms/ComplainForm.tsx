import { useState } from 'react'

import { validateComplaint } from '../../../cms/domain/forms/complaint'
import { problemsOf } from '../../../cms/domain/forms/result'
import { FormFlow } from './FormFlow'
import { caseConfirmation } from './caseConfirmation'
import type { FieldSpec, FlowText, Option } from './types'

interface Props {
  action: string
  lang: 'id' | 'en'
  regency: string
  kinds: Option[]
  agencies: Option[]
  identity: FieldSpec[]
  text: FlowText
  words: { about: string; kind: string; agency: string; agencyHint: string; message: string; messageHint: string; you: string; anonymous: string; anonymousHint: string; title: string; codeLabel: string; pinLabel: string; nextTitle: string; trackLabel: string }
  trackPath: string
}

/** A complaint, suggestion or question to a regency's MPP; anonymous if the citizen wishes. */
export default function ComplainForm({ action, lang, regency, kinds, agencies, identity, text, words, trackPath }: Props) {
  const [anonymous, setAnonymous] = useState(false)
  const about: FieldSpec[] = [
    { name: 'kind', type: 'radios', required: true, label: words.kind, options: kinds },
    { name: 'agency', type: 'select', label: words.agency, hint: words.agencyHint, options: agencies },
    { name: 'message', type: 'textarea', required: true, label: words.message, hint: words.messageHint },
  ]
  const anonymousField: FieldSpec = { name: 'anonymous', type: 'checkbox', label: words.anonymous, hint: words.anonymousHint }
  // An anonymous complainant gives no identity; the e-mail (for replies) stays optional.
  const you = anonymous ? [anonymousField, identity.find((field) => field.name === 'email')!] : [anonymousField, ...identity.map((field) => (field.name === 'nik' ? { ...field, required: false } : field))]

  return (
    <FormFlow
      action={action}
      lang={lang}
      steps={[
        { id: 'about', title: words.about, fields: about },
        { id: 'you', title: words.you, fields: you },
      ]}
      text={text}
      hidden={{ regency }}
      onFieldChange={(name, value) => name === 'anonymous' && setAnonymous(value === 'on')}
      validate={(values) => problemsOf(validateComplaint({ ...values, regency }))}
      confirm={(answer) => caseConfirmation(answer, words, trackPath, { pin: answer.pin ? String(answer.pin) : undefined, pinLabel: words.pinLabel })}
    />
  )
}
