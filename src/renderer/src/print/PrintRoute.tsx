/**
 * Print documents are routes (`#/print/<document>?p=<params JSON>`) that render from
 * data alone. Electron prints them with printToPDF in a hidden window; the e2e tests
 * print the same route with page.pdf. `data-print-ready` tells either one when to print.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import { PrintRequestSchema } from '../../../shared/contract/print';
import type { Route } from '../router';
import { SignInSheet, loadSignInSheet } from './SignInSheet';
import { TallySheet, VoteResultSheet } from './VoteResultSheet';
import { FlyerDocument, loadFlyerFonts } from './Flyer';
import { api, messageOf } from '../api';
import { ComparisonDoc } from './candidates/ComparisonDoc';
import { KeyVoteLetter } from './candidates/KeyVoteLetter';
import { QuestionnaireDoc, loadQuestionnaireDoc } from './candidates/QuestionnaireDoc';
import { ReportCard } from './candidates/ReportCard';
import { AgendaDoc, MinutesDoc, PlatformDoc } from './MeetingDocs';
import { WalkPacket } from './canvass/WalkPacket';
import { MINUTES_STATUS } from '../features/meetings/MeetingsArea';
import './print.css';

type Request = z.output<typeof PrintRequestSchema>;

async function render(request: Request): Promise<ReactNode> {
  switch (request.document) {
    case 'sign-in-sheet':
      return <SignInSheet data={await loadSignInSheet(request.params)} />;
    case 'vote-result':
      return <VoteResultSheet view={await api.votes.get(request.params)} />;
    case 'tally-sheet':
      return <TallySheet view={await api.votes.get(request.params)} />;
    case 'candidate-questionnaire':
      return <QuestionnaireDoc data={await loadQuestionnaireDoc(request.params)} />;
    case 'candidate-comparison':
      return <ComparisonDoc view={await api.candidates.compare(request.params)} />;
    case 'key-vote-letter':
      return <KeyVoteLetter data={{ view: await api.candidates.keyVotes(), ...request.params }} />;
    case 'candidate-report-card':
      return <ReportCard detail={await api.candidates.get(request.params)} />;
    case 'flyer': {
      const data = await api.outreach.flyerPrint(request.params);
      await loadFlyerFonts();
      return <FlyerDocument data={data} />;
    }
    case 'walk-packet': {
      const data = await api.canvass.packet(request.params);
      const flyer = data.flyerId ? await api.outreach.flyerPrint({ id: data.flyerId }) : null;
      if (flyer) await loadFlyerFonts();
      return <WalkPacket data={data} flyer={flyer} />;
    }
    case 'meeting-agenda': {
      const [view, status] = await Promise.all([
        api.meetings.get(request.params),
        api.app.status(),
      ]);
      return <AgendaDoc view={view} chapterName={status.chapter?.name ?? ''} />;
    }
    case 'meeting-minutes': {
      const [view, { markdown }, status] = await Promise.all([
        api.meetings.get(request.params),
        api.meetings.minutesMarkdown(request.params),
        api.app.status(),
      ]);
      return (
        <MinutesDoc
          markdown={markdown}
          chapterName={status.chapter?.name ?? ''}
          status={`Minutes: ${MINUTES_STATUS[view.minutes].toLowerCase()}`}
        />
      );
    }
    case 'platform':
      return (
        <PlatformDoc
          view={await api.platform.get()}
          {...(request.params.version ? { version: request.params.version } : {})}
        />
      );
  }
}

function parseRequest(route: Route): Request {
  const document = route.path.replace(/^\/print\//, '');
  const params: unknown = JSON.parse(route.params.get('p') ?? '{}');
  return PrintRequestSchema.parse({ document, params });
}

export function PrintRoute({ route }: { route: Route }) {
  const [content, setContent] = useState<ReactNode>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.printReady = 'false';
    let cancelled = false;
    void (async () => {
      try {
        const node = await render(parseRequest(route));
        if (!cancelled) setContent(node);
      } catch (e) {
        if (!cancelled) {
          setError(messageOf(e));
          root.dataset.printReady = 'error';
        }
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [route]);

  useEffect(() => {
    if (content === null) return;
    let cancelled = false;
    void document.fonts.ready.then(() => {
      if (!cancelled) document.documentElement.dataset.printReady = 'true';
    });
    return () => {
      cancelled = true;
    };
  }, [content]);

  if (error) return <p role="alert">This document could not be prepared: {error}</p>;
  return <div className="print-root">{content}</div>;
}
