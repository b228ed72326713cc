package cn.bjrenovation.platform.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outbox's writes, batched: Spring Modulith's JDBC registry stores each publication with its own INSERT, one round
 * trip per event — a plan that moves 2,000 projects waited on 2,000 of them. Here the publications of a transaction
 * are kept until it is about to commit and then written with one JDBC batch, still inside that transaction: a
 * committed change always has its events stored, a rolled-back one none. Outside a transaction, and for every other
 * operation of the registry (marking, finding, resubmitting, deleting), Modulith's own repository does the work.
 *
 * <p>The entries' later state changes (processing, completed, failed) are queued and written many per transaction by
 * {@link PublicationMarks}; every read of the registry's state writes the queue first.
 *
 * <p>The rows are those of Modulith's schema v2 ({@code event_publication}, the platform's own migration), written
 * with the values Modulith's repository writes.
 */
final class BatchedEventPublications implements EventPublicationRepository, DisposableBean {

	private static final String INSERT = """
			INSERT INTO event_publication (id, event_type, listener_id, publication_date, serialized_event, status,
			  completion_attempts, last_resubmission_date)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private final EventPublicationRepository registry;

	private final JdbcOperations jdbc;

	private final EventSerializer serializer;

	private final PublicationMarks marks;

	BatchedEventPublications(EventPublicationRepository registry, JdbcOperations jdbc, EventSerializer serializer,
			PlatformTransactionManager transactions) {
		this.registry = registry;
		this.jdbc = jdbc;
		this.serializer = serializer;
		this.marks = new PublicationMarks(registry, transactions);
	}

	/** Puts the batching in front of the registry's repository, whichever it is. */
	static BeanPostProcessor aroundRegistry(ObjectProvider<JdbcOperations> jdbc, ObjectProvider<EventSerializer> serializer,
			ObjectProvider<PlatformTransactionManager> transactions) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof EventPublicationRepository registry && !(bean instanceof BatchedEventPublications)) {
					return new BatchedEventPublications(registry, jdbc.getObject(), serializer.getObject(),
							transactions.getObject());
				}
				return bean;
			}

		};
	}

	@Override
	public TargetEventPublication create(TargetEventPublication publication) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			return registry.create(publication);
		}
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.bindResource(this, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		pending.publications.add(publication);
		return publication;
	}

	/** A transaction's publications not yet written; written just before it commits. */
	private final class Pending implements TransactionSynchronization {

		private final List<TargetEventPublication> publications = new ArrayList<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			write();
		}

		@Override
		public void flush() {
			write();
		}

		@Override
		public void suspend() {
			TransactionSynchronizationManager.unbindResource(BatchedEventPublications.this);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(BatchedEventPublications.this, this);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(BatchedEventPublications.this);
		}

		private void write() {
			if (publications.isEmpty()) {
				return;
			}
			List<Object[]> rows = new ArrayList<>(publications.size());
			for (TargetEventPublication publication : publications) {
				Timestamp at = Timestamp.from(publication.getPublicationDate());
				rows.add(new Object[] { publication.getIdentifier(), publication.getEvent().getClass().getName(),
						publication.getTargetIdentifier().getValue(), at, serializer.serialize(publication.getEvent()),
						publication.getStatus().name(), 1, at });
			}
			publications.clear();
			jdbc.batchUpdate(INSERT, rows);
		}

	}

	@Override
	public void markProcessing(UUID identifier) {
		marks.processing(identifier);
	}

	@Override
	public void markCompleted(TargetEventPublication publication, Instant completionDate) {
		publication.markCompleted(completionDate);
		marks.completed(publication.getIdentifier(), completionDate);
	}

	@Override
	public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
		marks.flush();
		registry.markCompleted(event, identifier, completionDate);
	}

	@Override
	public void markCompleted(UUID identifier, Instant completionDate) {
		marks.completed(identifier, completionDate);
	}

	@Override
	public void markFailed(UUID identifier) {
		marks.failed(identifier);
	}

	@Override
	public boolean markResubmitted(UUID identifier, Instant resubmissionDate) {
		marks.flush();
		return registry.markResubmitted(identifier, resubmissionDate);
	}

	@Override
	public List<TargetEventPublication> findIncompletePublications() {
		marks.flush();
		return registry.findIncompletePublications();
	}

	@Override
	public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
		marks.flush();
		return registry.findIncompletePublicationsPublishedBefore(instant);
	}

	@Override
	public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(Object event,
			PublicationTargetIdentifier targetIdentifier) {
		marks.flush();
		return registry.findIncompletePublicationsByEventAndTargetIdentifier(event, targetIdentifier);
	}

	@Override
	public List<TargetEventPublication> findCompletedPublications() {
		marks.flush();
		return registry.findCompletedPublications();
	}

	@Override
	public void deletePublications(List<UUID> identifiers) {
		marks.flush();
		registry.deletePublications(identifiers);
	}

	@Override
	public void deleteCompletedPublications() {
		marks.flush();
		registry.deleteCompletedPublications();
	}

	@Override
	public void deleteCompletedPublicationsBefore(Instant instant) {
		marks.flush();
		registry.deleteCompletedPublicationsBefore(instant);
	}

	@Override
	public List<TargetEventPublication> findFailedPublications(FailedCriteria criteria) {
		marks.flush();
		return registry.findFailedPublications(criteria);
	}

	@Override
	public List<TargetEventPublication> findByStatus(Status status) {
		marks.flush();
		return registry.findByStatus(status);
	}

	@Override
	public int countByStatus(Status status) {
		marks.flush();
		return registry.countByStatus(status);
	}

	@Override
	public void destroy() {
		marks.close();
	}

}
