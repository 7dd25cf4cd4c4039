/**
 */
package org.p2mdbg.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Mfn;

import org.p2mdbg.model.Finding;
import org.p2mdbg.model.P2mPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Finding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.impl.FindingImpl#getRule <em>Rule</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.FindingImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.FindingImpl#getEvent <em>Event</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.FindingImpl#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.FindingImpl#getMfn <em>Mfn</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.FindingImpl#getGfn <em>Gfn</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FindingImpl extends MinimalEObjectImpl.Container implements Finding {
	/**
	 * The default value of the '{@link #getRule() <em>Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRule()
	 * @generated
	 * @ordered
	 */
	protected static final String RULE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRule() <em>Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRule()
	 * @generated
	 * @ordered
	 */
	protected String rule = RULE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvent() <em>Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvent()
	 * @generated
	 * @ordered
	 */
	protected static final long EVENT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEvent() <em>Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvent()
	 * @generated
	 * @ordered
	 */
	protected long event = EVENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDomain() <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomain()
	 * @generated
	 * @ordered
	 */
	protected static final String DOMAIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDomain() <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomain()
	 * @generated
	 * @ordered
	 */
	protected String domain = DOMAIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getMfn() <em>Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMfn()
	 * @generated
	 * @ordered
	 */
	protected static final Mfn MFN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMfn() <em>Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMfn()
	 * @generated
	 * @ordered
	 */
	protected Mfn mfn = MFN_EDEFAULT;

	/**
	 * The default value of the '{@link #getGfn() <em>Gfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGfn()
	 * @generated
	 * @ordered
	 */
	protected static final Gfn GFN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGfn() <em>Gfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGfn()
	 * @generated
	 * @ordered
	 */
	protected Gfn gfn = GFN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FindingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return P2mPackage.Literals.FINDING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRule() {
		return rule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRule(String newRule) {
		String oldRule = rule;
		rule = newRule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.FINDING__RULE, oldRule, rule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.FINDING__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEvent() {
		return event;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvent(long newEvent) {
		long oldEvent = event;
		event = newEvent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.FINDING__EVENT, oldEvent, event));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDomain() {
		return domain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomain(String newDomain) {
		String oldDomain = domain;
		domain = newDomain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.FINDING__DOMAIN, oldDomain, domain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Mfn getMfn() {
		return mfn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMfn(Mfn newMfn) {
		Mfn oldMfn = mfn;
		mfn = newMfn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.FINDING__MFN, oldMfn, mfn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Gfn getGfn() {
		return gfn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGfn(Gfn newGfn) {
		Gfn oldGfn = gfn;
		gfn = newGfn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.FINDING__GFN, oldGfn, gfn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case P2mPackage.FINDING__RULE:
				return getRule();
			case P2mPackage.FINDING__MESSAGE:
				return getMessage();
			case P2mPackage.FINDING__EVENT:
				return getEvent();
			case P2mPackage.FINDING__DOMAIN:
				return getDomain();
			case P2mPackage.FINDING__MFN:
				return getMfn();
			case P2mPackage.FINDING__GFN:
				return getGfn();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case P2mPackage.FINDING__RULE:
				setRule((String)newValue);
				return;
			case P2mPackage.FINDING__MESSAGE:
				setMessage((String)newValue);
				return;
			case P2mPackage.FINDING__EVENT:
				setEvent((Long)newValue);
				return;
			case P2mPackage.FINDING__DOMAIN:
				setDomain((String)newValue);
				return;
			case P2mPackage.FINDING__MFN:
				setMfn((Mfn)newValue);
				return;
			case P2mPackage.FINDING__GFN:
				setGfn((Gfn)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case P2mPackage.FINDING__RULE:
				setRule(RULE_EDEFAULT);
				return;
			case P2mPackage.FINDING__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case P2mPackage.FINDING__EVENT:
				setEvent(EVENT_EDEFAULT);
				return;
			case P2mPackage.FINDING__DOMAIN:
				setDomain(DOMAIN_EDEFAULT);
				return;
			case P2mPackage.FINDING__MFN:
				setMfn(MFN_EDEFAULT);
				return;
			case P2mPackage.FINDING__GFN:
				setGfn(GFN_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case P2mPackage.FINDING__RULE:
				return RULE_EDEFAULT == null ? rule != null : !RULE_EDEFAULT.equals(rule);
			case P2mPackage.FINDING__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case P2mPackage.FINDING__EVENT:
				return event != EVENT_EDEFAULT;
			case P2mPackage.FINDING__DOMAIN:
				return DOMAIN_EDEFAULT == null ? domain != null : !DOMAIN_EDEFAULT.equals(domain);
			case P2mPackage.FINDING__MFN:
				return MFN_EDEFAULT == null ? mfn != null : !MFN_EDEFAULT.equals(mfn);
			case P2mPackage.FINDING__GFN:
				return GFN_EDEFAULT == null ? gfn != null : !GFN_EDEFAULT.equals(gfn);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (rule: ");
		result.append(rule);
		result.append(", message: ");
		result.append(message);
		result.append(", event: ");
		result.append(event);
		result.append(", domain: ");
		result.append(domain);
		result.append(", mfn: ");
		result.append(mfn);
		result.append(", gfn: ");
		result.append(gfn);
		result.append(')');
		return result.toString();
	}

} //FindingImpl
