import { Suspense } from 'react';
import { ForecastReport } from './ForecastReport';

export default function Page() {
  return (
    <Suspense>
      <ForecastReport />
    </Suspense>
  );
}
