import type { ReactNode } from 'react';
import type { FlyerPrintData } from '../../../shared/contract/outreach';
import { api } from '../api';
import { FlyerSheets, loadFlyerFonts } from '../ui/flyer/FlyerSheets';
import type { PrintView } from './printView';

export const flyerView: PrintView<'flyer'> = async (params) => {
  const data = await api.outreach.flyerPrint(params);
  await loadFlyerFonts();
  return <FlyerDocument data={data} />;
};

/** The print route: the saved flyer and the chapter's disclaimer. */
export function FlyerDocument({ data }: { data: FlyerPrintData }): ReactNode {
  return (
    <div className={`flyer-doc flyer-doc--${data.flyer.template}`}>
      <FlyerSheets art={{ content: data.flyer, disclaimer: data.settings.disclaimer }} />
    </div>
  );
}
