// The shapes of the candidacy contract's data. A leaf: it imports nothing from this folder, so
// questions.ts (the data) and types.ts (what is derived from it) can both use it without a circle.

/** A site link with an anchor, e.g. "/contraindications#skin-cancer". */
export type LearnMoreUrl = `/${string}#${string}`

/** One answer a question offers. Its words are per language, keyed by the value (lib/candidacy/texts.ts). */
export interface QuestionOption<V extends string = string> {
  readonly value: V
}

/** A question asked only when another, multiple-choice question's answer includes one of some values. */
export interface AskedWhen {
  readonly question: string
  readonly anyOf: readonly string[]
}

export interface Question<Id extends string = string, V extends string = string> {
  readonly id: Id
  // The question, its hint and its options' labels are per language, keyed by this id (lib/candidacy/texts.ts).
  readonly options: readonly QuestionOption<V>[]
  /** True when more than one option may be chosen. */
  readonly multiple?: boolean
  /** Only asked (and only used) when this holds; required then, ignored otherwise. Absent: always asked. */
  readonly askedWhen?: AskedWhen
  /**
   * The answer that raises nothing on its own. The answers page works out what each answer means by
   * changing one question at a time in the set of these (lib/candidacy/neutral.ts).
   */
  readonly neutral: V
  readonly learnMore: LearnMoreUrl
}

/** The answer a question takes: one of its values, or for a multiple-choice question a list of them. */
export type AnswerTo<Q extends Question> = Q extends { readonly multiple: true }
  ? readonly Q['options'][number]['value'][]
  : Q['options'][number]['value']

/** A complete answer set for a list of questions: the conditional ones optional, the rest required. */
export type AnswersTo<Q extends Question> = {
  readonly [K in Q as K extends { readonly askedWhen: AskedWhen } ? never : K['id']]: AnswerTo<K>
} & {
  readonly [K in Q as K extends { readonly askedWhen: AskedWhen } ? K['id'] : never]?: AnswerTo<K> | undefined
}
