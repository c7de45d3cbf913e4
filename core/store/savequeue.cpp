#include "savequeue.h"

#include "storeutil.h"

namespace chorus {

bool isTransient(const Error& e)
{
    return e.code == Error::Code::DiskFull || e.code == Error::Code::Io;
}

Result<Response> SaveQueue::submit(Response response)
{
    // Give the answer its identity now, so a later retry cannot save it twice.
    if (response.id.isEmpty()) {
        response.id = newId();
    }
    if (!m_pending.isEmpty()) {
        // Keep order: earlier answers go first.
        if (auto st = retry(); !st) {
            m_pending.append(response);
            return st.error();
        }
    }
    auto saved = m_responses.save(response);
    if (!saved && isTransient(saved.error())) {
        m_pending.append(std::move(response));
    }
    return saved;
}

Status SaveQueue::retry()
{
    while (!m_pending.isEmpty()) {
        auto saved = m_responses.save(m_pending.first());
        if (!saved) {
            if (isTransient(saved.error())) {
                return saved.error();
            }
            m_pending.removeFirst(); // can never succeed; the caller was told at submit
            continue;
        }
        m_pending.removeFirst();
    }
    return Status::success();
}

} // namespace chorus
