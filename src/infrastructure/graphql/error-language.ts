import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLFormattedError } from 'graphql';
import '@kernel/kernel-messages';
import { englishMessage, Language, preferredLanguage } from '@kernel/messages';
import { useSchemaForErrors } from './error-mapper';

/**
 * Errors leave formatGraphqlError in Bahasa Indonesia. When the request's Accept-Language prefers
 * English, this swaps each message for the catalogue's (kernel/messages.ts): a domain rule by its
 * `extensions.rule` (each of `extensions.violations` too), any other error by `CODE:reason` or
 * `CODE`. Codes, rules and every other extension stay as they are; an uncatalogued key keeps its
 * Indonesian message.
 */
export function inLanguage(error: GraphQLFormattedError, language: Language): GraphQLFormattedError {
  if (language === 'id') return error;
  const extensions = (error.extensions ?? {}) as Record<string, unknown>;
  const code = typeof extensions.code === 'string' ? extensions.code : undefined;
  if (!code) return error;
  if (code === 'DOMAIN_RULE_VIOLATION') {
    const violations = Array.isArray(extensions.violations) ? (extensions.violations as { rule: string; message: string }[]) : undefined;
    if (!violations) {
      const message = typeof extensions.rule === 'string' ? englishMessage(extensions.rule, extensions) : undefined;
      return message ? { ...error, message } : error;
    }
    const english = violations.map((v) => ({ ...v, message: englishMessage(v.rule, extensions) ?? v.message }));
    return { ...error, message: english.map((v) => v.message).join('; '), extensions: { ...extensions, violations: english } };
  }
  const reason = typeof extensions.reason === 'string' ? extensions.reason : undefined;
  const message = (reason ? englishMessage(`${code}:${reason}`, extensions) : undefined) ?? englishMessage(code, extensions);
  return message ? { ...error, message } : error;
}

/** Applies the request's language to every error of the response, in one place. */
export const errorLanguagePlugin: ApolloServerPlugin = {
  async serverWillStart({ schema }) {
    useSchemaForErrors(schema);
  },
  async requestDidStart({ request }) {
    const language = preferredLanguage(request.http?.headers.get('accept-language'));
    if (language === 'id') return;
    return {
      async willSendResponse({ response }) {
        if (response.body.kind === 'single' && response.body.singleResult.errors) {
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => inLanguage(error, language));
        }
      },
    };
  },
};
